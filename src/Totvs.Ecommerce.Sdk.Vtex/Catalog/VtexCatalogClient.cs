using System.Globalization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// VTEX's catalog API: categories, products and SKUs, read by id or RefId, created and updated. Thread-safe; get it from
/// <see cref="VtexClient.Catalog"/>.
/// </summary>
public sealed class VtexCatalogClient
{
    private readonly VtexTransport transport;

    internal VtexCatalogClient(VtexTransport transport) => this.transport = transport;

    /// <summary>Reads a category (<c>GET /api/catalog/pvt/category/{id}</c>).</summary>
    /// <param name="categoryId">The category id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The category, or <see langword="null"/> when VTEX has none with that id (404).</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public Task<VtexCategory?> GetCategoryAsync(int categoryId, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Get, Account($"api/catalog/pvt/category/{Id(categoryId)}"), null, null, VtexJsonContext.Default.VtexCategory, true, cancellationToken);

    /// <summary>Creates a category (<c>POST /api/catalog/pvt/category</c>); with <see cref="VtexCategory.Id"/> set, under that id.</summary>
    /// <param name="category">The category.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The category as VTEX holds it, with its id.</returns>
    /// <exception cref="VtexApiException">VTEX refused (the message says why) or did not answer.</exception>
    public async Task<VtexCategory> CreateCategoryAsync(VtexCategory category, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(category);
        return await WriteAsync(HttpMethod.Post, "api/catalog/pvt/category", category, VtexJsonContext.Default.VtexCategory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a category (<c>PUT /api/catalog/pvt/category/{id}</c>).</summary>
    /// <param name="categoryId">The category id.</param>
    /// <param name="category">Its new data.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The category as VTEX holds it now.</returns>
    /// <exception cref="VtexApiException">VTEX refused (404: no such category) or did not answer.</exception>
    public async Task<VtexCategory> UpdateCategoryAsync(int categoryId, VtexCategory category, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(category);
        return await WriteAsync(HttpMethod.Put, $"api/catalog/pvt/category/{Id(categoryId)}", category, VtexJsonContext.Default.VtexCategory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a brand (<c>GET /api/catalog/pvt/brand/{id}</c>).</summary>
    /// <param name="brandId">The brand id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The brand, or <see langword="null"/> when VTEX has none with that id.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public Task<VtexBrand?> GetBrandAsync(int brandId, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Get, Account($"api/catalog/pvt/brand/{Id(brandId)}"), null, null, VtexJsonContext.Default.VtexBrand, true, cancellationToken);

    /// <summary>Creates a brand (<c>POST /api/catalog/pvt/brand</c>).</summary>
    /// <param name="brand">The brand, with its id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when VTEX took it.</returns>
    /// <exception cref="VtexApiException">VTEX refused (e.g. the id exists) or did not answer.</exception>
    public async Task CreateBrandAsync(VtexBrand brand, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(brand);
        await transport.SendAsync<VtexBrand>(HttpMethod.Post, Account("api/catalog/pvt/brand"), brand, VtexJsonContext.Default.VtexBrand, null, false, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Reads a product by its RefId (<c>GET /api/catalog_system/pvt/products/productgetbyrefid/{refId}</c>).</summary>
    /// <param name="refId">The product's RefId (the Datasul item code).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The product, or <see langword="null"/> when VTEX has none with that RefId.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public Task<VtexProduct?> FindProductAsync(string refId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refId);
        return transport.SendAsync(HttpMethod.Get, Account($"api/catalog_system/pvt/products/productgetbyrefid/{VtexTransport.Segment(refId)}"),
            null, null, VtexJsonContext.Default.VtexProduct, true, cancellationToken);
    }

    /// <summary>Creates a product (<c>POST /api/catalog/pvt/product</c>).</summary>
    /// <param name="product">The product.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The product as VTEX holds it, with its id.</returns>
    /// <exception cref="VtexApiException">VTEX refused (the message says why) or did not answer.</exception>
    public async Task<VtexProduct> CreateProductAsync(VtexProduct product, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        return await WriteAsync(HttpMethod.Post, "api/catalog/pvt/product", product, VtexJsonContext.Default.VtexProduct, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a product (<c>PUT /api/catalog/pvt/product/{id}</c>).</summary>
    /// <param name="productId">The product id.</param>
    /// <param name="product">Its new data.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The product as VTEX holds it now.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public async Task<VtexProduct> UpdateProductAsync(int productId, VtexProduct product, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        return await WriteAsync(HttpMethod.Put, $"api/catalog/pvt/product/{Id(productId)}", product, VtexJsonContext.Default.VtexProduct, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a SKU by its RefId (<c>GET /api/catalog/pvt/stockkeepingunit?RefId=</c>).</summary>
    /// <param name="refId">The SKU's RefId (the item code, or <c>item/reference</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The SKU, or <see langword="null"/> when VTEX has none with that RefId.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public Task<VtexSku?> FindSkuAsync(string refId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refId);
        return transport.SendAsync(HttpMethod.Get, Account($"api/catalog/pvt/stockkeepingunit?RefId={Uri.EscapeDataString(refId)}"),
            null, null, VtexJsonContext.Default.VtexSku, true, cancellationToken);
    }

    /// <summary>Creates a SKU (<c>POST /api/catalog/pvt/stockkeepingunit</c>).</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The SKU as VTEX holds it, with its id.</returns>
    /// <exception cref="VtexApiException">VTEX refused (the message says why) or did not answer.</exception>
    public async Task<VtexSku> CreateSkuAsync(VtexSku sku, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sku);
        return await WriteAsync(HttpMethod.Post, "api/catalog/pvt/stockkeepingunit", sku, VtexJsonContext.Default.VtexSku, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a SKU (<c>PUT /api/catalog/pvt/stockkeepingunit/{id}</c>); <see cref="VtexSku.IsActive"/> <see langword="false"/> deactivates it.</summary>
    /// <param name="skuId">The SKU id.</param>
    /// <param name="sku">Its new data.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The SKU as VTEX holds it now.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public async Task<VtexSku> UpdateSkuAsync(int skuId, VtexSku sku, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sku);
        return await WriteAsync(HttpMethod.Put, $"api/catalog/pvt/stockkeepingunit/{Id(skuId)}", sku, VtexJsonContext.Default.VtexSku, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets a SKU's specification by name (<c>PUT /api/catalog/pvt/stockkeepingunit/{id}/specificationvalue</c>); VTEX creates
    /// the group, specification and value when new. Setting the same value again changes nothing.
    /// </summary>
    /// <param name="skuId">The SKU id.</param>
    /// <param name="specification">The group, the specification and the SKU's value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when VTEX took it.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public async Task SetSkuSpecificationAsync(int skuId, VtexSkuSpecification specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        await transport.SendAsync<VtexSkuSpecification>(HttpMethod.Put, Account($"api/catalog/pvt/stockkeepingunit/{Id(skuId)}/specificationvalue"), specification,
            VtexJsonContext.Default.VtexSkuSpecification, null, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a GTIN (EAN) to a SKU (<c>POST /api/catalog/pvt/stockkeepingunit/{id}/ean/{ean}</c>).</summary>
    /// <param name="skuId">The SKU id.</param>
    /// <param name="ean">The GTIN.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when VTEX took it.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public async Task AddEanAsync(int skuId, string ean, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ean);
        await transport.SendAsync<VtexSku>(HttpMethod.Post, Account($"api/catalog/pvt/stockkeepingunit/{Id(skuId)}/ean/{VtexTransport.Segment(ean)}"),
            null, null, null, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a record and reads it back as VTEX holds it.</summary>
    private async Task<T> WriteAsync<T>(HttpMethod method, string path, T record, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class =>
        (await transport.SendAsync(method, Account(path), record, type, type, false, cancellationToken).ConfigureAwait(false))!;

    private Uri Account(string path) => VtexTransport.Under(transport.AccountBase, path);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
