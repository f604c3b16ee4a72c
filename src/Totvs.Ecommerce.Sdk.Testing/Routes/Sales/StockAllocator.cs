using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>
/// Applies the allocation the domain rules chose for an admitted order: allocated at entry (logically in the
/// exclusive deposit, or physically because it comes from e-commerce), the order's quantities leave the
/// deposit's available balance, which the store sees in its next stock sync. The ERP's own automatic
/// allocation happens later and is not simulated. Called under the state's lock.
/// </summary>
internal static class StockAllocator
{
    public static void AllocateAtEntry(DatasulState state, AdmittedOrder order, OrderRecord record)
    {
        if (order.Allocation.Kind == EcommerceOrderAllocation.PhysicalByErp)
        {
            return;
        }

        var store = state.Stores[order.StoreCode];
        var deposit = order.Allocation.Deposit is { } exclusive
            ? BalanceRecord.DepositKey(exclusive.BranchId, exclusive.WarehouseCode)
            : store.Deposits.Order(StringComparer.Ordinal).FirstOrDefault();
        if (deposit is null)
        {
            return;
        }

        foreach (var item in order.Items)
        {
            var balance = state.Balances.Values.FirstOrDefault(b =>
                b.Deposit == deposit && b.ItemCode == item.ItemCode && b.ReferenceCode == item.ReferenceCode);
            if (balance is not null)
            {
                var taken = Math.Min(balance.Quantity, item.Quantity);
                state.Balances[balance.Key] = balance with { Quantity = balance.Quantity - taken, LastUpdate = state.Now };
                record.Allocations.Add((balance.Key, taken));
            }
        }
    }

    /// <summary>A cancelled order gives back the stock it took: the balances grow again and the stock feed publishes them.</summary>
    public static void Release(DatasulState state, OrderRecord record)
    {
        foreach (var (key, quantity) in record.Allocations)
        {
            if (state.Balances.TryGetValue(key, out var balance))
            {
                state.Balances[key] = balance with { Quantity = balance.Quantity + quantity, LastUpdate = state.Now };
            }
        }

        record.Allocations.Clear();
    }
}
