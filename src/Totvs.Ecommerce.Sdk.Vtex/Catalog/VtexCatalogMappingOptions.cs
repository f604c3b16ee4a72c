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

    /// <summary>The VTEX warehouse of a Datasul depósito (the balance's establishment and depósito).</summary>
    /// <value>Defaults to <c>{BranchId}_{WarehouseCode}</c>, e.g. <c>1_ECO</c>: create warehouses with those ids in VTEX.</value>
    public Func<StockBalance, string> WarehouseIdOf { get; init; } = balance => $"{balance.BranchId}_{balance.WarehouseCode}";
}
