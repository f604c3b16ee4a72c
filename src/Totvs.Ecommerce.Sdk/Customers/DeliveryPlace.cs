using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>
/// A delivery place of a customer (<c>DeliveryPlaces[]</c>, local de entrega).
/// </summary>
public sealed record DeliveryPlace
{
    /// <summary>The street and number (<c>Address</c>, <c>mgadm.loc-entr.endereco</c>, up to 40).</summary>
    [JsonPropertyName("Address")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Address { get; set; }

    /// <summary>The city (<c>City</c>, <c>mgadm.loc-entr.cidade</c>, up to 50).</summary>
    [JsonPropertyName("City")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? City { get; set; }

    /// <summary>Complete address (<c>CompleteAddress</c>, <c>mgadm.loc-entr.endereco_text</c>, up to 2000).</summary>
    [JsonPropertyName("CompleteAddress")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CompleteAddress { get; set; }

    /// <summary>Delivery code (<c>DeliveryCode</c>, <c>mgadm.loc-entr.cod-entrega</c>, up to 12).</summary>
    [JsonPropertyName("DeliveryCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DeliveryCode { get; set; }

    /// <summary>Mail box (<c>MailBox</c>, <c>mgadm.loc-entr.caixa-postal</c>, up to 10).</summary>
    [JsonPropertyName("MailBox")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MailBox { get; set; }

    /// <summary>The neighbourhood (<c>Neighborhood</c>, <c>mgadm.loc-entr.bairro</c>, up to 30).</summary>
    [JsonPropertyName("Neighborhood")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Neighborhood { get; set; }

    /// <summary>The state registration (inscrição estadual) (<c>StateRegistration</c>, <c>mgadm.loc-entr.ins-estadual</c>, up to 19).</summary>
    [JsonPropertyName("StateRegistration")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? StateRegistration { get; set; }

    /// <summary>The CPF or CNPJ (mask allowed) (<c>PersonalId</c>, <c>mgadm.loc-entr.cgc</c>, up to 19).</summary>
    [JsonPropertyName("PersonalId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PersonalId { get; set; }

    /// <summary>The customer's short name (nome abreviado). Required (<c>ShortName</c>, <c>mgadm.loc-entr.nome-abrev</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ShortName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ShortName { get; set; }

    /// <summary>The UF (<c>State</c>, <c>mgadm.loc-entr.estado</c>, up to 4).</summary>
    [JsonPropertyName("State")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? State { get; set; }

    /// <summary>The CEP (<c>ZipCode</c>, <c>mgadm.loc-entr.cep</c>, up to 12).</summary>
    [JsonPropertyName("ZipCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ZipCode { get; set; }

    /// <summary>The country (<c>Country</c>, <c>mgadm.loc-entr.pais</c>, up to 20; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("Country")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Country { get; set; }

    /// <summary>The city's IBGE code, a number (<c>IbgeCode</c>, <c>mgdis.cidade.cdn-munpio-ibge</c>).</summary>
    [JsonPropertyName("IbgeCode")]
    public int? IbgeCode { get; set; }

    /// <summary>Delivery country info (<c>DeliveryContry</c>).</summary>
    [JsonPropertyName("DeliveryContry")]
    public CountryInfo? DeliveryCountryInfo { get; set; }

    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("DeliveryCode = ").Append(DeliveryCode)
            .Append(", State = ").Append(State)
            .Append(", personal data hidden");
        return true;
    }
}
