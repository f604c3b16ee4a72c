using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// A pre-invoicing (embarque) of an order (<c>PreInvoicing[]</c>); read-only.
/// </summary>
public sealed record OrderPreInvoicing
{
    /// <summary>The customer order number; with the short name, the order's natural key. Required (<c>CustomerOrderId</c>, <c>mgdis.pre-fatur.nr-pedcli</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("CustomerOrderId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CustomerOrderId { get; set; }

    /// <summary>Shipment no (<c>ShipmentNo</c>, <c>mgdis.pre-fatur.cdd-embarq</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ShipmentNo")]
    public decimal? ShipmentNo { get; set; }

    /// <summary>Shipment sit (<c>ShipmentSit</c>, <c>mgdis.pre-fatur.cod-sit-pre</c>, up to 1; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ShipmentSit")]
    public int? ShipmentSit { get; set; }

    /// <summary>The customer's short name (nome abreviado). Required (<c>ShortName</c>, <c>mgdis.pre-fatur.nome-abrev</c>, up to 12; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("ShortName")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ShortName { get; set; }

    /// <summary>Summary no (<c>SummaryNo</c>, <c>mgdis.pre-fatur.nr-resumo</c>; read-only: Datasul fills it and the SDK never sends it).</summary>
    [JsonPropertyName("SummaryNo")]
    public int? SummaryNo { get; set; }

    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CustomerOrderId = ").Append(CustomerOrderId)
            .Append(", ShipmentNo = ").Append(ShipmentNo)
            .Append(", SummaryNo = ").Append(SummaryNo)
            .Append(", personal data hidden");
        return true;
    }
}
