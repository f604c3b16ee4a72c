using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>The body of a feed commit (<c>POST /api/orders/feed</c>).</summary>
internal sealed record VtexFeedCommit
{
    [JsonPropertyName("handles")]
    public required List<string> Handles { get; init; }
}
