using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>stockBalancePublic on the wire (§4.6): balances of the store's deposits for the store's items.</summary>
internal static class StockBalanceWire
{
    public static IEnumerable<BalanceRecord> Published(DatasulState state, StoreRecord store) =>
        state.Balances.Values.Where(balance =>
            CatalogRules.IsBalancePublished(store.ItemCodes.Contains(balance.ItemCode.Value), store.Deposits.Contains(balance.Deposit)));

    public static WireProjection<BalanceRecord> Projection(DateTimeZone zone) => new(
        balance => balance.LastUpdate,
        balance => new JsonObject
        {
            ["itemCode"] = balance.ItemCode.Value,
            ["referenceCode"] = balance.ReferenceCode?.Value,
            ["branchId"] = balance.BranchId,
            ["warehouseCode"] = balance.WarehouseCode,
            ["availableQuantity"] = balance.Quantity,
            ["lastUpdate"] = WireFormat.FormatTimestamp(balance.LastUpdate, zone),
        });
}
