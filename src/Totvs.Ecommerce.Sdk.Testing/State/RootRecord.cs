using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A root of the Root/SKU mode, grouping items by their grid values.</summary>
internal sealed record RootRecord(string Code, string Description, string? FamilyCode, bool IsActive, Instant LastUpdate, IReadOnlyList<RootVariantRecord> Variants);

/// <summary>One SKU of a root: an item and its grid values.</summary>
internal sealed record RootVariantRecord(ItemCode ItemCode, IReadOnlyDictionary<string, string> GridValues, Gtin? Gtin);
