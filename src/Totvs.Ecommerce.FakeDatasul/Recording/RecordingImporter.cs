using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using NodaTime;
using NodaTime.Text;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;

namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// Turns what a real ERP answered (a recording) into the state of a fake: the stores and the catalog each store was
/// served (families, items with their references or Root/SKU roots, price tables, prices, stock balances), and the
/// customers and orders as documents. Every field the answers carried is served back; only <c>lastUpdate</c> is the
/// fake's own (its clock stamps what it holds). A connector's tests then run on what that ERP really holds. Only
/// successful GETs of the Datasul routes count; the rest of a recording is ignored.
/// </summary>
internal static class RecordingImporter
{
    public sealed record Summary(int Stores, int Families, int Items, int Skus, int PriceTables, int Prices, int Balances, int Customers, int Orders);

    public static Summary Import(IReadOnlyList<RecordingEntry> entries, FakeDatasulServer server)
    {
        var prefix = "/" + server.PathPrefix.Trim('/') + "/";
        var families = new Dictionary<(string Store, string Code), JsonObject>();
        var items = new Dictionary<(string Store, string Code), JsonObject>();
        var skus = new Dictionary<(string Item, string Reference), JsonObject>();
        var roots = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var tables = new Dictionary<(string Store, string Code), JsonObject>();
        var prices = new Dictionary<(string Store, string Table, string Item, string Reference), JsonObject>();
        var balances = new Dictionary<(string Store, string Item, string Reference, string Branch, string Warehouse), JsonObject>();
        var customers = new Dictionary<long, JsonObject>();
        var orders = new Dictionary<long, JsonObject>();
        foreach (var entry in entries.Where(e => e.Method == "GET" && e.Status == 200 && e.Path.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var route = entry.Path[prefix.Length..];
            var store = HttpUtility.ParseQueryString(entry.Query).Get("storeCode") ?? "1";
            foreach (var record in Records(entry.ResponseBody))
            {
                if (Is(route, server.Routes.Families))
                {
                    families[(store, Text(record, "categoryParentCode"))] = record;
                }
                else if (Is(route, server.Routes.Products))
                {
                    items[(store, Text(record, "itemCode"))] = record;
                }
                else if (Is(route, server.Routes.RootSkus))
                {
                    roots[Text(record, "rootCode")] = record;
                }
                else if (Is(route, server.Routes.Skus) && OptionalText(record, "referenceCode") is { Length: > 0 } reference)
                {
                    skus[(Text(record, "itemCode"), reference)] = record;
                }
                else if (Is(route, server.Routes.PriceTables))
                {
                    tables[(store, Text(record, "priceTable"))] = record;
                }
                else if (Is(route, server.Routes.PriceItems))
                {
                    prices[(store, Text(record, "priceTable"), Text(record, "itemCode"), Text(record, "referenceCode"))] = record;
                }
                else if (Is(route, server.Routes.StockBalances))
                {
                    balances[(store, Text(record, "itemCode"), Text(record, "referenceCode"), Text(record, "branchId"), Text(record, "warehouseCode"))] = record;
                }
                else if (Is(route, server.Routes.Customers) && record["CustomerCode"]?.GetValue<JsonElement>() is { ValueKind: JsonValueKind.Number } code)
                {
                    customers[code.GetInt64()] = record;
                }
                else if (Is(route, server.Routes.Orders) && record["OrderId"]?.GetValue<JsonElement>() is { ValueKind: JsonValueKind.Number } id)
                {
                    orders[id.GetInt64()] = record;
                }
            }
        }

        var stores = families.Keys.Select(k => k.Store).Concat(items.Keys.Select(k => k.Store)).Concat(prices.Keys.Select(k => k.Store))
            .Concat(balances.Keys.Select(k => k.Store)).Concat(tables.Keys.Select(k => k.Store)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var store in stores)
        {
            server.AddStore(store);
        }

        foreach (var ((store, code), record) in families)
        {
            var active = record["isActive"]?.GetValue<bool>() ?? true;
            server.UpsertFamily(code, Text(record, "categoryErpDesc"), active);
            server.LinkFamily(store, code);
        }

        foreach (var ((_, code), record) in items)
        {
            var measures = MeasuresOf(record);
            server.UpsertItem(new FakeItem
            {
                ItemCode = code,
                Description = Text(record, "description"),
                FamilyCode = OptionalText(record, "categoryParentCode"),
                UnitOfMeasure = OptionalText(record, "unitOfMeasure") ?? "UN",
                ControlledByReference = OptionalText(record, "stockControl") == StockControl.Reference.Value,
                Gtin = OptionalText(record, "gtin"),
                NetWeightKg = measures.NetWeightKg,
                GrossWeightKg = measures.GrossWeightKg,
                HeightCm = measures.HeightCm,
                WidthCm = measures.WidthCm,
                LengthCm = measures.LengthCm,
                IsActive = record["isActive"]?.GetValue<bool>() ?? true,
            });
        }

        var itemRecords = items.GroupBy(i => i.Key.Code).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        foreach (var ((item, reference), record) in skus.Where(s => itemRecords.ContainsKey(s.Key.Item)))
        {
            // The SKU's description is the item's and the reference's; its measures are the reference's own when they differ.
            var itemRecord = itemRecords[item];
            var description = Text(record, "description");
            var itemDescription = Text(itemRecord, "description");
            if (description.StartsWith(itemDescription + " ", StringComparison.Ordinal))
            {
                description = description[(itemDescription.Length + 1)..];
            }

            var measures = MeasuresOf(record);
            var gtin = OptionalText(record, "gtin");
            server.AddReference(item, reference, description, gtin == OptionalText(itemRecord, "gtin") ? null : gtin, measures == MeasuresOf(itemRecord) ? null : measures);
        }

        if (roots.Count > 0)
        {
            server.SetCatalogMode(CatalogMode.RootSku);
            foreach (var (code, record) in roots)
            {
                var variants = (record["skus"] as JsonArray ?? []).OfType<JsonObject>().Where(v => itemRecords.ContainsKey(Text(v, "itemCode"))).Select(v => new FakeRootVariant(
                    Text(v, "itemCode"),
                    (v["gridValues"] as JsonObject ?? []).ToDictionary(g => g.Key, g => g.Value?.ToString() ?? string.Empty, StringComparer.Ordinal),
                    OptionalText(v, "gtin")));
                server.UpsertRoot(code, Text(record, "description"), OptionalText(record, "categoryParentCode"), variants.ToList());
            }
        }

        foreach (var ((store, code), record) in tables)
        {
            server.UpsertPriceTable(
                code, Text(record, "description"), OptionalDate(record, "validFrom"), OptionalDate(record, "validTo"),
                [.. (record["tradePolicies"] as JsonArray ?? []).Select(p => p?.ToString() ?? string.Empty)]);
            server.LinkPriceTable(store, code);
        }

        foreach (var ((store, table, item, _), record) in prices)
        {
            if (!tables.ContainsKey((store, table)) && !tables.Keys.Any(t => t.Code == table))
            {
                server.UpsertPriceTable(table, table, OptionalDate(record, "validFrom")); // only its prices were recorded
            }

            server.LinkPriceTable(store, table);
            server.SetPrice(table, item, Number(record, "price"), OptionalText(record, "referenceCode"));
        }

        foreach (var ((store, item, _, branch, warehouse), record) in balances)
        {
            server.LinkDeposit(store, branch, warehouse);
            server.SetBalance(item, branch, warehouse, Number(record, "availableQuantity"), OptionalText(record, "referenceCode"));
        }

        foreach (var ((store, code), record) in items.Where(i => i.Value["isActive"]?.GetValue<bool>() ?? true))
        {
            try
            {
                server.LinkItem(store, code);
            }
            catch (FakeDatasulRuleException ex)
            {
                throw new ArgumentException(
                    $"Item {code} is controlled by reference but the recording holds none of its SKUs, so the fake cannot publish it "
                    + $"({ex.Message}). Record a session that also lists {server.Routes.Skus} for store {store}.", ex);
            }
        }

        foreach (var customer in customers.Values)
        {
            server.ImportCustomer(customer);
        }

        foreach (var order in orders.Values)
        {
            server.ImportOrder(order);
        }

        return new Summary(stores.Count, families.Count, items.Count, skus.Count + roots.Count, tables.Count, prices.Count, balances.Count, customers.Count, orders.Count);
    }

    /// <summary>The records of a page (<c>items</c>, <c>Orders</c>, <c>Customers</c>) or the one record a GET by key answered.</summary>
    private static IEnumerable<JsonObject> Records(string body)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            yield break;
        }

        if (node is not JsonObject obj)
        {
            yield break;
        }

        var list = obj["items"] ?? obj["Orders"] ?? obj["Customers"];
        if (list is JsonArray array)
        {
            foreach (var record in array.OfType<JsonObject>())
            {
                yield return (JsonObject)record.DeepClone();
            }
        }
        else if (!obj.ContainsKey("hasNext"))
        {
            yield return (JsonObject)obj.DeepClone();
        }
    }

    private static bool Is(string route, string resource) =>
        route.Equals(resource, StringComparison.Ordinal) || route.StartsWith(resource + "/", StringComparison.Ordinal);

    private static string Text(JsonObject record, string name) => OptionalText(record, name) ?? string.Empty;

    private static string? OptionalText(JsonObject record, string name) => record[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : record[name]?.ToString();

    /// <summary>The weights and dimensions a product or SKU record carried (each may be absent).</summary>
    private static FakeMeasures MeasuresOf(JsonObject record) => new(
        OptionalNumber(record, "netWeightKg"), OptionalNumber(record, "grossWeightKg"), OptionalNumber(record, "heightCm"),
        OptionalNumber(record, "widthCm"), OptionalNumber(record, "lengthCm"));

    private static LocalDate? OptionalDate(JsonObject record, string name) =>
        OptionalText(record, name) is { Length: >= 10 } text ? LocalDatePattern.Iso.Parse(text[..10]).GetValueOrThrow() : null;

    private static decimal? OptionalNumber(JsonObject record, string name) =>
        record[name] is null || (record[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Null) ? null : Number(record, name);

    private static decimal Number(JsonObject record, string name) =>
        record[name] is JsonValue value && value.TryGetValue<decimal>(out var number) ? number
        : decimal.Parse(record[name]?.ToString() ?? "0", NumberStyles.Number, CultureInfo.InvariantCulture);
}
