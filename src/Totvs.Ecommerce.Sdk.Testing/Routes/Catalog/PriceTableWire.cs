using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>priceTablePublic on the wire (§4.5): the tables linked to the store.</summary>
internal static class PriceTableWire
{
    public static IEnumerable<PriceTableRecord> Published(DatasulState state, StoreRecord store) =>
        store.PriceTableCodes.Where(state.PriceTables.ContainsKey).Select(code => state.PriceTables[code]);

    public static WireProjection<PriceTableRecord> Projection(DateTimeZone zone) => new(
        table => table.LastUpdate,
        table =>
        {
            var policies = new JsonArray();
            foreach (var policy in table.TradePolicies)
            {
                policies.Add((JsonNode?)policy);
            }

            return new JsonObject
            {
                ["priceTable"] = table.Code,
                ["description"] = table.Description,
                ["validFrom"] = WireFormat.FormatDate(table.ValidFrom),
                ["validTo"] = table.ValidTo is { } to ? WireFormat.FormatDate(to) : null,
                ["currency"] = table.Currency,
                ["tradePolicies"] = policies,
                ["lastUpdate"] = WireFormat.FormatTimestamp(table.LastUpdate, zone),
            };
        });
}
