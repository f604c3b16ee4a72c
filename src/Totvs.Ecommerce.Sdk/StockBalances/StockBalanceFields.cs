namespace Totvs.Ecommerce.Sdk.StockBalances;

/// <summary>Wire names of a <see cref="StockBalance"/>'s fields, for <see cref="EcommerceListOptions.Fields"/> and <see cref="EcommerceListOptions.OrderBy"/>.</summary>
public static class StockBalanceFields
{
    /// <summary><c>itemCode</c>.</summary>
    public const string ItemCode = "itemCode";

    /// <summary><c>referenceCode</c>.</summary>
    public const string ReferenceCode = "referenceCode";

    /// <summary><c>branchId</c>: the establishment.</summary>
    public const string BranchId = "branchId";

    /// <summary><c>warehouseCode</c>: the depósito.</summary>
    public const string WarehouseCode = "warehouseCode";

    /// <summary><c>availableQuantity</c>.</summary>
    public const string AvailableQuantity = "availableQuantity";

    /// <summary><c>lastUpdate</c>.</summary>
    public const string LastUpdate = "lastUpdate";
}
