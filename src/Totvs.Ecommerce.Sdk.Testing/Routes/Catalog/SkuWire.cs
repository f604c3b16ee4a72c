using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>apiProductSkuPublic on the wire (§4.3, reference mode): one SKU per published item, or per reference of an item controlled by reference.</summary>
internal static class SkuWire
{
    public static IEnumerable<SkuView> Published(DatasulState state, StoreRecord store) =>
        state.PublishedItems(store).SelectMany(item => item.StockControl == StockControl.Reference
            ? item.References.Values.Select(reference => new SkuView(item, reference))
            : [new SkuView(item, null)]);

    public static WireProjection<SkuView> Projection(DateTimeZone zone) => new(
        sku => sku.LastUpdate,
        sku =>
        {
            var json = new JsonObject
            {
                ["skuId"] = sku.SkuId,
                ["itemCode"] = sku.Item.Code.Value,
                ["referenceCode"] = sku.Reference?.Code.Value,
                ["description"] = sku.Reference is null ? sku.Item.Description : $"{sku.Item.Description} {sku.Reference.Description}",
                ["gtin"] = (sku.Reference?.Gtin ?? sku.Item.Gtin)?.Value,
            };
            WireFormat.AddMeasures(json, sku.Reference?.Measures ?? sku.Item.Measures); // a reference's own measures (CD1506) win
            json["isActive"] = sku.Item.IsActive;
            json["lastUpdate"] = WireFormat.FormatTimestamp(sku.LastUpdate, zone);
            return json;
        });
}
