using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>
/// A country as Datasul describes it (<c>DeliveryContry</c>, <c>MailingAddressCountry</c>, <c>BillingAddressCountry</c>).
/// </summary>
public sealed record CountryInfo
{
    /// <summary>The country (<c>Country</c>).</summary>
    [JsonPropertyName("Country")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Country { get; set; }

    /// <summary>Iso3166 (<c>Iso3166</c>).</summary>
    [JsonPropertyName("Iso3166")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Iso3166 { get; set; }

    /// <summary>Siscomex (<c>Siscomex</c>).</summary>
    [JsonPropertyName("Siscomex")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Siscomex { get; set; }

    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
