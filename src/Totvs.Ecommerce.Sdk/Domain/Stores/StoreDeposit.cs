namespace Totvs.Ecommerce.Sdk.Domain.Stores;

/// <summary>A deposit (depósito) linked to a store (PD0628): its balances are published and its stock serves the orders.</summary>
/// <param name="BranchId">The establishment holding the deposit.</param>
/// <param name="WarehouseCode">The depósito code (up to 3 characters).</param>
/// <param name="IsExclusive">Whether the deposit serves only this store (or marketplace): required for logical allocation.</param>
public sealed record StoreDeposit(string BranchId, string WarehouseCode, bool IsExclusive = false)
{
    /// <inheritdoc />
    public override string ToString() => $"{BranchId}/{WarehouseCode}";
}
