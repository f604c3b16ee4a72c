using Totvs.Ecommerce.Sdk.StockBalances;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>How <see cref="VtexCatalogMapper"/> turns Datasul's catalog into VTEX's. Every default can be replaced.</summary>
public sealed record VtexCatalogMappingOptions
{
    /// <summary>The VTEX brand of every product: the Datasul catalog has no brand, and VTEX requires one.</summary>
    /// <value>Defaults to <c>1</c>.</value>
    public int BrandId { get; init; } = 1;

    /// <summary>
    /// Whether the store weighs in grams (most Brazilian VTEX stores: the weight unit of the account's settings). Datasul
    /// weighs in kilograms; VTEX takes a whole number.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool WeightInGrams { get; init; } = true;

    /// <summary>
    /// The VTEX id of a Datasul record: <c>("category", familyCode)</c>, <c>("product", itemCode)</c>, <c>("sku", refId)</c>.
    /// VTEX takes an id on creation, so a record's id is known without asking VTEX or keeping a map: an update is one PUT,
    /// a record created twice (a crash between two lines) is refused as existing instead of doubled, and a restarted
    /// connector finds everything it published.
    /// </summary>
    /// <value>
    /// Defaults to <see cref="VtexCatalogMapper.StableIdOf"/>: a hash of kind and code between 1,000,000,000 and
    /// 1,999,999,999, above the ids VTEX gives (sequential from 1), so the connector's records never take an id of the
    /// store's own.
    /// </value>
    public Func<string, string, int> IdOf { get; init; } = VtexCatalogMapper.StableIdOf;

    /// <summary>The specification a reference is the value of (the grid's variation the buyer chooses).</summary>
    /// <value>Defaults to <c>Referência</c>.</value>
    public string ReferenceSpecification { get; init; } = "Referência";

    /// <summary>The group of <see cref="ReferenceSpecification"/>.</summary>
    /// <value>Defaults to <c>Grade</c>.</value>
    public string ReferenceSpecificationGroup { get; init; } = "Grade";

    /// <summary>The VTEX warehouse of a Datasul depósito (the balance's establishment and depósito).</summary>
    /// <value>Defaults to <c>{BranchId}_{WarehouseCode}</c>, e.g. <c>1_ECO</c>: create warehouses with those ids in VTEX.</value>
    public Func<StockBalance, string> WarehouseIdOf { get; init; } = balance => $"{balance.BranchId}_{balance.WarehouseCode}";
}
