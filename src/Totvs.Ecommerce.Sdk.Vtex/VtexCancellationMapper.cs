using System.Text.Json;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// Turns an order the ERP cancelled into the cancellation call the store expects — the status loop's other half, next to
/// <see cref="VtexInvoiceMapper"/> for invoiced orders.
/// </summary>
public static class VtexCancellationMapper
{
    /// <summary>The cancellation of an order cancelled in the ERP.</summary>
    /// <param name="order">The order, as an incremental pull of <c>client.Orders</c> hands it over.</param>
    /// <returns>The cancellation, or <see langword="null"/> when the order is not cancelled or did not come from the store.</returns>
    public static VtexOrderCancellation? ToCancellation(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.OrderSituation == OrderSituation.Cancelled && !string.IsNullOrWhiteSpace(order.EcommerceOrderId)
            ? new VtexOrderCancellation { OrderId = order.EcommerceOrderId, Reason = order.CancellationReason }
            : null;
    }

    /// <summary>The JSON body of the VTEX call.</summary>
    /// <param name="cancellation">The cancellation.</param>
    /// <returns>The body, e.g. <c>{"reason":"Cliente desistiu"}</c>.</returns>
    public static string ToJson(VtexOrderCancellation cancellation) => JsonSerializer.Serialize(cancellation, VtexJsonContext.Default.VtexOrderCancellation);
}
