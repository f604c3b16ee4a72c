using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>apiOrdersPublic on the wire (§4.7, UpperCamelCase): the stored document, with <c>LastUpdate</c> in the server's time.</summary>
internal static class OrderWire
{
    public static WireProjection<OrderRecord> Projection(DateTimeZone zone) => new(order => order.LastUpdate, order => ToJson(order, zone));

    public static JsonObject ToJson(OrderRecord order, DateTimeZone zone)
    {
        var json = (JsonObject)order.Document.DeepClone();
        json["LastUpdate"] = WireFormat.FormatTimestamp(order.LastUpdate, zone);
        return json;
    }
}
