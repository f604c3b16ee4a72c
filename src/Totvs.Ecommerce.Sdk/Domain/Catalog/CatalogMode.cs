namespace Totvs.Ecommerce.Sdk.Domain.Catalog;

/// <summary>
/// How a company publishes variations to the store: items controlled by reference (apiProductSkuPublic),
/// or Root/SKU grids (apiProductRootSkuPublic, store parameter "Empresa utiliza o conceito de ROOT x SKU").
/// A company uses one mode, not both.
/// </summary>
public enum CatalogMode
{
    /// <summary>SKUs are items and item/reference pairs.</summary>
    Reference = 0,

    /// <summary>SKUs are grouped under roots with grid values (size, colour, …).</summary>
    RootSku = 1,
}
