using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// Where the store delivers the order (<c>EcommerceDeliveryAddress</c>, SDK extension). Datasul's own delivery fields
/// (<c>DeliveryState</c>, <c>DeliveryCity</c>, …) are read-only in the published schema: the ERP fills them from the
/// address sent here, and the delivery UF decides the intra- or inter-state natureza de operação.
/// </summary>
public sealed record OrderDeliveryAddress
{
    /// <summary>The street, number and complement (<c>Street</c>, up to 40 as Datasul's <c>endereco</c>).</summary>
    [JsonPropertyName("Street")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Street { get; set; }

    /// <summary>The neighbourhood (<c>Neighborhood</c>, up to 30).</summary>
    [JsonPropertyName("Neighborhood")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Neighborhood { get; set; }

    /// <summary>The city (<c>City</c>, up to 50).</summary>
    [JsonPropertyName("City")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? City { get; set; }

    /// <summary>The UF (<c>State</c>): decides intra- or inter-state natureza.</summary>
    [JsonPropertyName("State")]
    public Uf? State { get; set; }

    /// <summary>The CEP (<c>ZipCode</c>), written as its 8 digits.</summary>
    [JsonPropertyName("ZipCode")]
    public Cep? ZipCode { get; set; }

    /// <summary>The country (<c>Country</c>, up to 20).</summary>
    [JsonPropertyName("Country")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Country { get; set; }

    /// <summary>The city's IBGE code, a number (<c>IbgeCode</c>).</summary>
    [JsonPropertyName("IbgeCode")]
    public int? IbgeCode { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("State = ").Append(State).Append(", personal data hidden");
        return true;
    }
}
