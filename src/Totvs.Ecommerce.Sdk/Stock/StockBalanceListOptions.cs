namespace Totvs.Ecommerce.Sdk.Stock;

/// <summary>What to list of the available balances of the store's deposits.</summary>
public sealed record StockBalanceListOptions : EcommerceListOptions;
