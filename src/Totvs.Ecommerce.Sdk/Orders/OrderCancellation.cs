using System.Text.Json.Serialization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>The body of a cancellation (<c>PUT ordersPublic/cancel/{orderId}</c>).</summary>
public sealed record OrderCancellation
{
    /// <summary>The day of the cancellation (<c>CancellationDate</c>).</summary>
    [JsonPropertyName("CancellationDate")]
    public required LocalDate CancellationDate { get; set; }

    /// <summary>The ERP's cancellation reason type (<c>TypeReason</c>).</summary>
    [JsonPropertyName("TypeReason")]
    public int TypeReason { get; set; } = 1;

    /// <summary>Why the order is cancelled (<c>CancellationReason</c>). Required.</summary>
    [JsonPropertyName("CancellationReason")]
    [JsonConverter(typeof(Serialization.LenientStringConverter))]
    public required string CancellationReason { get; set; }
}
