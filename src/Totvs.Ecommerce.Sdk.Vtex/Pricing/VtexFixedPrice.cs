using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>A SKU's price in one trade policy (sales channel) of VTEX.</summary>
public sealed record VtexFixedPrice
{
    /// <summary>The trade policy (its id, e.g. <c>1</c>).</summary>
    [JsonPropertyName("tradePolicyId")]
    public required string TradePolicyId { get; init; }

    /// <summary>The price.</summary>
    [JsonPropertyName("value")]
    public required decimal Value { get; init; }

    /// <summary>The suggested ("from") price in this policy.</summary>
    [JsonPropertyName("listPrice")]
    public decimal? ListPrice { get; init; }

    /// <summary>The least quantity this price applies from.</summary>
    [JsonPropertyName("minQuantity")]
    public int MinQuantity { get; init; } = 1;
}
