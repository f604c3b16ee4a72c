namespace Totvs.Ecommerce.Sdk.Products;

/// <summary>What to list of the items published to the store.</summary>
public sealed record ProductListOptions : EcommerceListOptions;
