using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>priceItemPublic on the wire (§4.4): the FOB prices of the store's tables for the store's items.</summary>
internal static class PriceItemWire
{
    public static IEnumerable<PriceView> Published(DatasulState state, StoreRecord store) =>
        store.PriceTableCodes
            .Where(state.PriceTables.ContainsKey)
            .SelectMany(code => state.PriceTables[code].Prices.Values
                .Where(price => store.ItemCodes.Contains(price.ItemCode.Value))
                .Select(price => new PriceView(code, price)));

    public static WireProjection<PriceView> Projection(DateTimeZone zone) => new(
        view => view.Price.LastUpdate,
        view => new JsonObject
        {
            ["priceTable"] = view.PriceTable,
            ["itemCode"] = view.Price.ItemCode.Value,
            ["referenceCode"] = view.Price.ReferenceCode?.Value,
            ["unitOfMeasure"] = view.Price.Unit.Value,
            ["price"] = view.Price.Price,
            ["validFrom"] = WireFormat.FormatDate(view.Price.ValidFrom),
            ["lastUpdate"] = WireFormat.FormatTimestamp(view.Price.LastUpdate, zone),
        });
}
