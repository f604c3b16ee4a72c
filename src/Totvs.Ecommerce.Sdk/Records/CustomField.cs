using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// A custom field of an order or customer (<c>CustomFields[]</c>): a value Datasul keeps for a customisation.
/// </summary>
public sealed record CustomField
{
    /// <summary>Field id (<c>FieldId</c>, <c>movdis.ped-venda.[]</c>).</summary>
    [JsonPropertyName("FieldId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FieldId { get; set; }

    /// <summary>Field value (<c>FieldValue</c>, <c>movdis.ped-venda.[]</c>).</summary>
    [JsonPropertyName("FieldValue")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FieldValue { get; set; }

    /// <summary>Field type (<c>FieldType</c>, <c>movdis.ped-venda.[]</c>).</summary>
    [JsonPropertyName("FieldType")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? FieldType { get; set; }

    /// <summary>Description (<c>Description</c>, <c>movdis.ped-venda.[]</c>).</summary>
    [JsonPropertyName("Description")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Description { get; set; }

    /// <summary>Observation (<c>Observation</c>, <c>movdis.ped-venda.[]</c>).</summary>
    [JsonPropertyName("Observation")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Observation { get; set; }

    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
