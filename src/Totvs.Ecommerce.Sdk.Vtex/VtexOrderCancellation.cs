using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// The cancellation a store (VTEX OMS <c>POST /api/oms/pvt/orders/{orderId}/cancel</c>) expects when the ERP cancels an
/// order: the store's order id for the path, and the reason for the body.
/// </summary>
public sealed record VtexOrderCancellation
{
    /// <summary>The store's order id (<c>EcommerceOrderId</c>); it goes in the path, not the body.</summary>
    [JsonIgnore]
    public string OrderId { get; init; } = string.Empty;

    /// <summary>Why the ERP cancelled it (the ERP's <c>CancellationReason</c>).</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>The path of the VTEX call, with the order id escaped.</summary>
    [JsonIgnore]
    public string RequestPath => $"/api/oms/pvt/orders/{Uri.EscapeDataString(OrderId)}/cancel";
}
