using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>apiProductPublic on the wire (§4.2): the items linked to the store and priced in its tables.</summary>
internal static class ProductWire
{
    public static IEnumerable<ItemRecord> Published(DatasulState state, StoreRecord store) => state.PublishedItems(store);

    public static WireProjection<ItemRecord> Projection(DateTimeZone zone) => new(
        item => item.LastUpdate,
        item =>
        {
            var json = new JsonObject
            {
                ["itemCode"] = item.Code.Value,
                ["description"] = item.Description,
                ["categoryParentCode"] = item.FamilyCode,
                ["unitOfMeasure"] = item.Unit.Value,
                ["stockControl"] = item.StockControl.Value,
                ["gtin"] = item.Gtin?.Value,
            };
            WireFormat.AddMeasures(json, item.Measures);
            json["isActive"] = item.IsActive;
            json["lastUpdate"] = WireFormat.FormatTimestamp(item.LastUpdate, zone);
            return json;
        });
}
