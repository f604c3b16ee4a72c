using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>The available balance of an item (or reference) in one deposit of one establishment.</summary>
internal sealed record BalanceRecord(ItemCode ItemCode, ReferenceCode? ReferenceCode, string BranchId, string WarehouseCode, decimal Quantity, Instant LastUpdate)
{
    public string Key => KeyOf(ItemCode, ReferenceCode, BranchId, WarehouseCode);

    public string Deposit => DepositKey(BranchId, WarehouseCode);

    public static string KeyOf(ItemCode item, ReferenceCode? reference, string branchId, string warehouseCode) =>
        $"{item}/{reference}@{branchId}/{warehouseCode}";

    public static string DepositKey(string branchId, string warehouseCode) => $"{branchId}/{warehouseCode}";
}
