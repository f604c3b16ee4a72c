using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.Routes;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>
/// A record the fake keeps as its wire document (orders, customers): every field by published name, unknown fields
/// included, and when it last changed. Changes go through <see cref="Document"/> under the state's lock.
/// </summary>
internal abstract class WireDocumentRecord(JsonObject document, Instant lastUpdate)
{
    /// <summary>The record on the wire, by published name.</summary>
    public JsonObject Document { get; } = document;

    public Instant LastUpdate { get; set; } = lastUpdate;

    /// <summary>The record as served: a copy of the document with <c>LastUpdate</c> in the server's local time.</summary>
    public JsonObject ToWire(DateTimeZone zone)
    {
        var json = (JsonObject)Document.DeepClone();
        json["LastUpdate"] = WireFormat.FormatTimestamp(LastUpdate, zone);
        return json;
    }
}
