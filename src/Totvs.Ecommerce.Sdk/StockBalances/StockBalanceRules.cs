using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.StockBalances;

/// <summary>What the SDK checks on each balance it receives.</summary>
internal static class StockBalanceRules
{
    public static RecordRules<StockBalance> Instance { get; } = new(
        balance => balance.ItemCode.IsEmpty
            ? null
            : $"{balance.ItemCode}{(balance.ReferenceCode is { } reference ? "/" + reference : string.Empty)}@{balance.BranchId}/{balance.WarehouseCode}",
        (balance, check) =>
        {
            check.Required(StockBalanceFields.ItemCode, !balance.ItemCode.IsEmpty);
            check.Required(StockBalanceFields.BranchId, !string.IsNullOrWhiteSpace(balance.BranchId));
            check.Required(StockBalanceFields.WarehouseCode, !string.IsNullOrWhiteSpace(balance.WarehouseCode));
            check.Add(CatalogRules.CheckAvailableQuantity(balance.AvailableQuantity));
        });
}
