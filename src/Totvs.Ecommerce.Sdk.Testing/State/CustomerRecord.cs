using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A customer the fake ERP holds: its wire document and when it last changed.</summary>
internal sealed class CustomerRecord(JsonObject document, Instant lastUpdate)
{
    /// <summary>The customer on the wire, by published name, unknown fields included.</summary>
    public JsonObject Document { get; } = document;

    public Instant LastUpdate { get; set; } = lastUpdate;

    public long CustomerCode => WireValues.Long(Document, "CustomerCode")!.Value;

    public string ShortName => WireValues.Text(Document, "ShortName") ?? string.Empty;

    public string? PersonalId => WireValues.Text(Document, "PersonalId");
}
