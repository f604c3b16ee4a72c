using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>
/// A contact person of a customer (<c>CustomerContacts[]</c>).
/// </summary>
public sealed record CustomerContact
{
    /// <summary>Contact area (<c>ContactArea</c>, <c>mgadm.cont-emit.area</c>, up to 18).</summary>
    [JsonPropertyName("ContactArea")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ContactArea { get; set; }

    /// <summary>Contact name (<c>ContactName</c>, <c>mgadm.cont-emit.nome</c>, up to 40).</summary>
    [JsonPropertyName("ContactName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ContactName { get; set; }

    /// <summary>The customer's ERP code (<c>CustomerCode</c>, <c>mgadm.cont-emit.cod-emitente</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CustomerCode")]
    public long? CustomerCode { get; set; }

    /// <summary>The e-mail address (the schema's length of 12 is a slip: not enforced) (<c>Email</c>, <c>mgadm.cont-emit.e-mail</c>, up to 170).</summary>
    [JsonPropertyName("Email")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Email { get; set; }

    /// <summary>Office (<c>Office</c>, <c>mgadm.cont-emit.cargo</c>, up to 20).</summary>
    [JsonPropertyName("Office")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Office { get; set; }

    /// <summary>Phone (<c>Phone</c>, <c>mgadm.cont-emit.telefone</c>, up to 15).</summary>
    [JsonPropertyName("Phone")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Phone { get; set; }

    /// <summary>The sequence (<c>Sequence</c>, <c>mgadm.cont-emit.sequencia</c>).</summary>
    [JsonPropertyName("Sequence")]
    public int? Sequence { get; set; }

    /// <summary>Telefax (<c>Telefax</c>, <c>mgadm.cont-emit.telefax</c>, up to 15; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("Telefax")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Telefax { get; set; }

    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CustomerCode = ").Append(CustomerCode)
            .Append(", Sequence = ").Append(Sequence)
            .Append(", personal data hidden");
        return true;
    }
}
