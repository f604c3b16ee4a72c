namespace Totvs.Ecommerce.Sdk.Skus;

/// <summary>What to list of the SKUs (reference mode) published to the store.</summary>
public sealed record SkuListOptions : EcommerceListOptions;
