namespace Totvs.Ecommerce.Sdk.RootSkus;

/// <summary>What to list of the roots (Root/SKU mode) published to the store.</summary>
public sealed record RootSkuListOptions : EcommerceListOptions;
