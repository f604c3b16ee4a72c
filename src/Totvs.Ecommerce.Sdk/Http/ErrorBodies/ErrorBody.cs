using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Wire shape of a Datasul error, covering both forms: the TOTVS API guide's
/// <c>{code,message,detailedMessage,helpUrl,details}</c> and the legacy <c>{rowErrors:[…]}</c>.
/// </summary>
internal sealed class ErrorBody
{
    [JsonPropertyName("code")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("detailedMessage")]
    public string? DetailedMessage { get; set; }

    [JsonPropertyName("helpUrl")]
    public string? HelpUrl { get; set; }

    [JsonPropertyName("details")]
    public List<ErrorBodyDetail>? Details { get; set; }

    [JsonPropertyName("rowErrors")]
    public List<RowError>? RowErrors { get; set; }
}
