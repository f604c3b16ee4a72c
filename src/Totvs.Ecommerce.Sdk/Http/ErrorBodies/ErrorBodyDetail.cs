using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>One entry of <c>details</c>.</summary>
internal sealed class ErrorBodyDetail
{
    [JsonPropertyName("code")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("detailedMessage")]
    public string? DetailedMessage { get; set; }
}
