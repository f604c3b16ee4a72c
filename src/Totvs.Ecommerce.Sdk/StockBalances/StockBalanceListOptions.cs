namespace Totvs.Ecommerce.Sdk.StockBalances;

/// <summary>What to list of the available balances of the store's deposits.</summary>
public sealed record StockBalanceListOptions : EcommerceListOptions;
