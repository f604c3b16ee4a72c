namespace Totvs.Ecommerce.Sdk.PriceTables;

/// <summary>What to list of the price tables linked to the store.</summary>
public sealed record PriceTableListOptions : EcommerceListOptions;
