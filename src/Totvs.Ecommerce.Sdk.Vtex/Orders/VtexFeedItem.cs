using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// An event of VTEX's order feed (<c>GET /api/orders/feed</c>): an order reached a state. Commit its
/// <see cref="Handle"/> once handled (<see cref="VtexOrdersClient.CommitFeedAsync"/>), or it comes back.
/// </summary>
public sealed record VtexFeedItem
{
    /// <summary>The event's id.</summary>
    [JsonPropertyName("eventId")]
    public required string EventId { get; init; }

    /// <summary>The handle that commits the event.</summary>
    [JsonPropertyName("handle")]
    public required string Handle { get; init; }

    /// <summary>The order's domain (<c>Marketplace</c> or <c>Fulfillment</c>).</summary>
    [JsonPropertyName("domain")]
    public string? Domain { get; init; }

    /// <summary>The order's state now, e.g. <c>ready-for-handling</c>.</summary>
    [JsonPropertyName("state")]
    public required string State { get; init; }

    /// <summary>The order's state before.</summary>
    [JsonPropertyName("lastState")]
    public string? LastState { get; init; }

    /// <summary>The order.</summary>
    [JsonPropertyName("orderId")]
    public required string OrderId { get; init; }

    /// <summary>When the order changed before (ISO 8601).</summary>
    [JsonPropertyName("lastChange")]
    public string? LastChange { get; init; }

    /// <summary>When the order changed to this state (ISO 8601).</summary>
    [JsonPropertyName("currentChange")]
    public string? CurrentChange { get; init; }
}
