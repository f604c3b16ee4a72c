using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A reference (<c>cod-refer</c>) of an item controlled by reference.</summary>
internal sealed record ReferenceRecord(ReferenceCode Code, string Description, Gtin? Gtin, Instant LastUpdate)
{
    /// <summary>The reference's own weights and dimensions (CD1506 "Informações Adicionais Referências Item"), or <see langword="null"/> to use the item's.</summary>
    public ItemMeasures? Measures { get; init; }
}
