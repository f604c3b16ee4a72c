using System.Globalization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>VTEX's pricing API: a SKU's prices, per trade policy. Thread-safe; get it from <see cref="VtexClient.Pricing"/>.</summary>
public sealed class VtexPricingClient
{
    private readonly VtexTransport transport;

    internal VtexPricingClient(VtexTransport transport) => this.transport = transport;

    /// <summary>Reads a SKU's prices (<c>GET /pricing/prices/{skuId}</c>).</summary>
    /// <param name="skuId">The SKU id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The prices, or <see langword="null"/> when the SKU has none (404).</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public Task<VtexPrice?> GetPriceAsync(int skuId, CancellationToken cancellationToken = default) =>
        transport.SendAsync(HttpMethod.Get, Address(skuId), null, null, VtexJsonContext.Default.VtexPrice, true, cancellationToken);

    /// <summary>Replaces a SKU's prices (<c>PUT /pricing/prices/{skuId}</c>): calling it again with the same prices changes nothing.</summary>
    /// <param name="skuId">The SKU id.</param>
    /// <param name="price">The base price and the fixed price per trade policy.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when VTEX took them.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public async Task SetPriceAsync(int skuId, VtexPrice price, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(price);
        await transport.SendAsync<VtexPrice>(HttpMethod.Put, Address(skuId), price, VtexJsonContext.Default.VtexPrice, null, false, cancellationToken).ConfigureAwait(false);
    }

    private Uri Address(int skuId) => VtexTransport.Under(transport.PricingBase, $"pricing/prices/{skuId.ToString(CultureInfo.InvariantCulture)}");
}
