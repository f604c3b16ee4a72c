using System.Globalization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>VTEX's logistics API: a SKU's stock per warehouse. Thread-safe; get it from <see cref="VtexClient.Logistics"/>.</summary>
public sealed class VtexLogisticsClient
{
    private readonly VtexTransport transport;

    internal VtexLogisticsClient(VtexTransport transport) => this.transport = transport;

    /// <summary>Sets a SKU's stock in a warehouse (<c>PUT /api/logistics/pvt/inventory/skus/{skuId}/warehouses/{warehouseId}</c>).</summary>
    /// <param name="skuId">The SKU id.</param>
    /// <param name="warehouseId">The VTEX warehouse (the Datasul depósito it stands for).</param>
    /// <param name="inventory">The quantity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when VTEX took it.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public async Task SetInventoryAsync(int skuId, string warehouseId, VtexInventory inventory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(warehouseId);
        ArgumentNullException.ThrowIfNull(inventory);
        var path = $"api/logistics/pvt/inventory/skus/{skuId.ToString(CultureInfo.InvariantCulture)}/warehouses/{VtexTransport.Segment(warehouseId)}";
        await transport.SendAsync<VtexInventory>(HttpMethod.Put, VtexTransport.Under(transport.AccountBase, path), inventory,
            VtexJsonContext.Default.VtexInventory, null, false, cancellationToken).ConfigureAwait(false);
    }
}
