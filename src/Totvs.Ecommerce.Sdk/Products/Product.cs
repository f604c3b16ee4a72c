namespace Totvs.Ecommerce.Sdk.Products;

/// <summary>
/// An item (the product root) Datasul publishes to the store. Only items linked to the store and priced
/// in one of its price tables are published.
/// </summary>
// The wire properties are in Product.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record Product;
