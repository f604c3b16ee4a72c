namespace Totvs.Ecommerce.Sdk.Skus;

/// <summary>
/// A SKU in reference mode (apiProductSkuPublic): an item, or one reference (<c>cod-refer</c>) of an item
/// controlled by reference.
/// </summary>
// The wire properties are in Sku.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record Sku;
