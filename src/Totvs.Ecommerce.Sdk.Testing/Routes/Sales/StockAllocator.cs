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
    public static void AllocateAtEntry(DatasulState state, AdmittedOrder order)
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
                state.Balances[balance.Key] = balance with { Quantity = Math.Max(0, balance.Quantity - item.Quantity), LastUpdate = state.Now };
            }
        }
    }
}
