using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// A SKU's price in VTEX's pricing API (<c>PUT /pricing/prices/{skuId}</c>): a base price, and a fixed price per trade
/// policy (sales channel) — each Datasul price table linked to a trade policy becomes that policy's fixed price.
/// </summary>
public sealed record VtexPrice
{
    /// <summary>The base price (the price of a policy without a fixed one).</summary>
    [JsonPropertyName("basePrice")]
    public decimal? BasePrice { get; init; }

    /// <summary>The suggested ("from") price.</summary>
    [JsonPropertyName("listPrice")]
    public decimal? ListPrice { get; init; }

    /// <summary>The cost price.</summary>
    [JsonPropertyName("costPrice")]
    public decimal? CostPrice { get; init; }

    /// <summary>The markup over the cost price, in percent.</summary>
    [JsonPropertyName("markup")]
    public int? Markup { get; init; }

    /// <summary>The fixed prices, per trade policy.</summary>
    [JsonPropertyName("fixedPrices")]
    public IReadOnlyList<VtexFixedPrice> FixedPrices { get; init; } = [];
}
