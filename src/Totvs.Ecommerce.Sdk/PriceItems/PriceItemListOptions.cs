namespace Totvs.Ecommerce.Sdk.PriceItems;

/// <summary>What to list of the item prices of the store's price tables.</summary>
public sealed record PriceItemListOptions : EcommerceListOptions;
