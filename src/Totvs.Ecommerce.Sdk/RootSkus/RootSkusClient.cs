using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.RootSkus;

/// <summary>
/// apiProductRootSkuPublic: the roots and their SKUs of a company in Root/SKU mode. A company in
/// reference mode uses <see cref="TotvsEcommerceClient.Skus"/> instead. Thread-safe; get it from
/// <see cref="TotvsEcommerceClient.RootSkus"/>.
/// </summary>
public class RootSkusClient : EcommerceCollectionClient<RootSku, RootSkuListOptions>
{
    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected RootSkusClient()
    {
    }

    internal RootSkusClient(TotvsTransport transport)
        : base(new EcommerceCollection<RootSku>(transport, transport.Routes.RootSkus, RootSkuRules.Instance))
    {
    }

    /// <summary>Reads one root and its SKUs by the root code.</summary>
    /// <param name="rootCode">The root code.</param>
    /// <param name="storeCode">The store, or <see langword="null"/> for Datasul's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The root.</returns>
    /// <exception cref="TotvsApiException">Not found (<see cref="TotvsApiException.IsNotFound"/>), refused, or unreachable.</exception>
    public virtual Task<RootSku> GetAsync(string rootCode, string? storeCode = null, CancellationToken cancellationToken = default)
    {
        KeyArgument.ThrowIfInvalid(rootCode);
        return GetByKeyAsync(rootCode, storeCode, cancellationToken);
    }
}
