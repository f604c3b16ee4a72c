using System.Globalization;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.PurchaseOrders;

/// <summary>
/// Datasul's purchase orders (<c>ccp/v1/purchaseOrder</c>) and their lines (<c>ccp/v2/purchaseOrderLines</c>), read-only:
/// what a partner that buys through the ERP imports. Routes are in <see cref="TotvsRouteTable"/>, field names renamed by
/// <see cref="TotvsEcommerceOptions.FieldNames"/>. Lists page like every other resource; a failure is an exception, never
/// an empty page.
/// </summary>
public class PurchaseOrdersClient : EcommerceCollectionClient<PurchaseOrder, PurchaseOrderListOptions>
{
    private readonly TotvsTransport transport = null!;
    private readonly EcommerceCollection<PurchaseOrderLine> lines = null!;

    /// <summary>For mocking.</summary>
    protected PurchaseOrdersClient()
    {
    }

    internal PurchaseOrdersClient(TotvsTransport transport)
        : base(new EcommerceCollection<PurchaseOrder>(transport, transport.Routes.PurchaseOrders, PurchaseOrderRules.Orders))
    {
        this.transport = transport;
        lines = new EcommerceCollection<PurchaseOrderLine>(transport, transport.Routes.PurchaseOrderLines, PurchaseOrderRules.Lines);
    }

    /// <summary>
    /// One purchase order with its lines: the lines the answer carries, or else every line of
    /// <c>purchaseOrderLines?orderNumber=</c><paramref name="orderNumber"/>, read page by page.
    /// </summary>
    /// <param name="orderNumber">The order's number (<c>num-pedido</c>).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The order, with <see cref="PurchaseOrder.Lines"/> filled.</returns>
    /// <exception cref="TotvsApiException">The ERP has no such order (404), or answered with an error.</exception>
    public virtual async Task<PurchaseOrder> GetAsync(long orderNumber, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(orderNumber);
        var key = orderNumber.ToString(CultureInfo.InvariantCulture);
        var order = await transport.GetCheckedAsync(transport.Routes.PurchaseOrders, TotvsTransport.KeyPath(key), string.Empty,
            transport.ReadType<PurchaseOrder>(typeof(PurchaseOrder)), PurchaseOrderRules.Orders, cancellationToken).ConfigureAwait(false);
        if (order.Lines is not null)
        {
            return order;
        }

        var read = new List<PurchaseOrderLine>();
        await foreach (var line in lines.ListAllAsync(new LinesOfOrder(orderNumber), cancellationToken).ConfigureAwait(false))
        {
            read.Add(line);
        }

        return order with { Lines = read };
    }

    /// <summary>The lines of one order: <c>orderNumber</c> is the lines API's own field ([doc]); the filter's name is [sdk].</summary>
    private sealed record LinesOfOrder(long OrderNumber) : EcommerceListOptions
    {
        internal override void AppendQuery(QueryStringBuilder query) => query.Add("orderNumber", OrderNumber.ToString(CultureInfo.InvariantCulture));
    }
}
