namespace Totvs.Ecommerce.Sdk.StockBalances;

/// <summary>
/// The available balance of an item (or reference) in one depósito (warehouse) linked to the store. Only
/// deposits and items linked to the store are published (PD0628/PD0623).
/// </summary>
// The wire properties are in StockBalance.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record StockBalance;
