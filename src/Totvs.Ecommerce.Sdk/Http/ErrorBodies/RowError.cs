using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>One row of a legacy <c>rowErrors</c> answer.</summary>
internal sealed class RowError
{
    [JsonPropertyName("errorNumber")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ErrorNumber { get; set; }

    [JsonPropertyName("errorDescription")]
    public string? ErrorDescription { get; set; }

    /// <summary><c>ERROR</c> or <c>WARNING</c>.</summary>
    [JsonPropertyName("errorSubType")]
    public string? ErrorSubType { get; set; }

    [JsonPropertyName("errorHelp")]
    public string? ErrorHelp { get; set; }
}
