using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// A representative of an order and the commission it earns (<c>OrderRepresentatives[]</c>).
/// </summary>
public sealed record OrderRepresentative
{
    /// <summary>Classifier code (<c>ClassifCode</c>, <c>movdis.ped-repre.cod-classificador</c>, up to 8).</summary>
    [JsonPropertyName("ClassifCode")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ClassifierCode { get; set; }

    /// <summary>Commission percentage (<c>CommissionPerc</c>, <c>movdis.ped-repre.perc-comis</c>).</summary>
    [JsonPropertyName("CommissionPerc")]
    public decimal? CommissionPercentage { get; set; }

    /// <summary>Name (<c>name</c>, <c>mgadm.repres.nome</c>, up to 80; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("name")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Name { get; set; }

    /// <summary>The ERP's order number, assigned on creation (<c>OrderId</c>, <c>movdis.ped-repre.nr-pedido</c>).</summary>
    [JsonPropertyName("OrderId")]
    public long? OrderId { get; set; }

    /// <summary>Commission on issue percentage (<c>PercentPrintComm</c>, <c>movdis.ped-repre.comis-emis</c>).</summary>
    [JsonPropertyName("PercentPrintComm")]
    public int? CommissionOnIssuePercentage { get; set; }

    /// <summary>The representative's short name (<c>ShortReprName</c>, <c>movdis.ped-repre.nome-ab-rep</c>, up to 12).</summary>
    [JsonPropertyName("ShortReprName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string RepresentativeShortName { get; set; } = string.Empty;

    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("OrderId = ").Append(OrderId)
            .Append(", CommissionPercentage = ").Append(CommissionPercentage)
            .Append(", personal data hidden");
        return true;
    }
}
