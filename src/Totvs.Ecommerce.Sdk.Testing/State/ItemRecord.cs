using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>An item (CD0204) as the fake ERP holds it, with its references (CD1506).</summary>
internal sealed record ItemRecord(
    ItemCode Code,
    string Description,
    string? FamilyCode,
    UnitOfMeasure Unit,
    StockControl StockControl,
    Gtin? Gtin,
    ItemMeasures Measures,
    bool IsActive,
    Instant LastUpdate)
{
    public SortedDictionary<string, ReferenceRecord> References { get; init; } = new(StringComparer.Ordinal);
}
