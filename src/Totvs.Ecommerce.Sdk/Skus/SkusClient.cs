using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Skus;

/// <summary>
/// apiProductSkuPublic: the SKUs of a company in reference mode (items, and references of items
/// controlled by reference). A company in Root/SKU mode uses <see cref="TotvsEcommerceClient.RootSkus"/>
/// instead. Thread-safe; get it from <see cref="TotvsEcommerceClient.Skus"/>.
/// </summary>
public class SkusClient : EcommerceCollectionClient<Sku, SkuListOptions>
{
    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected SkusClient()
    {
    }

    internal SkusClient(TotvsTransport transport)
        : base(new EcommerceCollection<Sku>(transport, transport.Routes.Skus, SkuRules.Instance))
    {
    }

    /// <summary>Reads one SKU by its id.</summary>
    /// <param name="skuId">The SKU id: the item code, or <c>itemCode/referenceCode</c>.</param>
    /// <param name="storeCode">The store, or <see langword="null"/> for Datasul's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The SKU.</returns>
    /// <exception cref="TotvsApiException">Not found (<see cref="TotvsApiException.IsNotFound"/>), refused, or unreachable.</exception>
    public virtual Task<Sku> GetAsync(string skuId, string? storeCode = null, CancellationToken cancellationToken = default)
    {
        KeyArgument.ThrowIfInvalid(skuId);
        return GetByKeyAsync(skuId, storeCode, cancellationToken);
    }
}
