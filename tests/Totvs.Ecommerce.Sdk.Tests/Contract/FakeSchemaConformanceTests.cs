using System.Text.Json.Nodes;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;
using Xunit.Abstractions;

namespace Totvs.Ecommerce.Sdk.Tests.Contract;

/// <summary>
/// Every row of TOTVS's published schemas against the fake server's own wire layer, over plain HTTP: a writable field
/// of its published JSON type is accepted and served back as sent; the same field of a wrong kind is refused with a
/// 400 that names it; a read-only field is refused on write. No SDK model is involved on this side.
/// </summary>
public sealed class FakeSchemaConformanceTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> OrderParents = new()
    {
        ["OrderItems"] = "OrderItems", ["OrderRepresentatives"] = "OrderRepresentatives", ["OrderCustomFields"] = "CustomFields", ["PreInvoicing"] = "PreInvoicing",
    };

    private static readonly Dictionary<string, string> CustomerParents = new()
    {
        ["CustomerContacts"] = "CustomerContacts", ["DeliveryPlaces"] = "DeliveryPlaces", ["CustomerCustomFields"] = "CustomFields",
    };

    [Fact]
    public async Task Every_published_order_field_is_taken_and_served_as_published()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var orderId = (await harness.Client.Orders.CreateAsync(SalesSeed.Order())).Record.OrderId!.Value;
        using var raw = new RawDatasul(harness.Server);
        var route = $"{harness.Server.Routes.Orders}/{orderId}";

        var failures = new List<string>();
        foreach (var row in SchemaTables.Orders.Where(r => r.Object != "OrderCancelationInfos"))
        {
            if (await CheckAsync(raw, route, row, OrderParents, current => WithItems(current, row)) is { } failure)
            {
                failures.Add(failure);
            }
        }

        foreach (var row in SchemaTables.Orders.Where(r => r.Object == "OrderCancelationInfos"))
        {
            var body = CancelBody();
            body[row.Field] = WireSamples.Wrong(row);
            var (status, answer) = await raw.SendAsync("PUT", $"{harness.Server.Routes.Orders}/cancel/{orderId}", body);
            if (status != 400 || !Mentions(answer, row.Field))
            {
                failures.Add($"{row}: a wrong kind got {status} {answer?.ToJsonString()}");
            }
        }

        var (cancelled, _) = await raw.SendAsync("PUT", $"{harness.Server.Routes.Orders}/cancel/{orderId}", CancelBody());
        Report(SchemaTables.Orders, failures);
        Assert.Equal(200, cancelled);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_published_customer_field_is_taken_and_served_as_published()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var customer = await harness.Client.Customers.CreateAsync(new Customer
        {
            ShortName = "MARIA", CustomerName = "Maria de Souza", CustomerGroup = 10, Modality = CollectionModality.SimpleCollection,
            RepresentativeCode = 1, Country = "Brasil", Address = "Rua das Flores, 100", EntityType = EntityType.Individual, PersonalId = "52998224725",
        });
        using var raw = new RawDatasul(harness.Server);
        var route = $"{harness.Server.Routes.Customers}/{customer.Record.CustomerCode}";

        var failures = new List<string>();
        foreach (var row in SchemaTables.Customers)
        {
            if (await CheckAsync(raw, route, row, CustomerParents, _ => []) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Report(SchemaTables.Customers, failures);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>PATCHes the record with the row's field (nested fields inside their parent), then reads it back.</summary>
    private static async Task<string?> CheckAsync(
        RawDatasul raw, string route, SchemaRow row, Dictionary<string, string> parents, Func<JsonObject, JsonArray> siblings)
    {
        if (row.Field is "ShortName" or "CustomerOrderId" && row.Object is "OrdersInfo" or "CustomersInfo")
        {
            return null; // the record's key: the round trips of every other field prove it is read and served
        }

        var (_, current) = await raw.SendAsync("GET", route);
        var value = row.Nested is { } nested && row.JsonType.StartsWith("array of ", StringComparison.Ordinal)
            ? new JsonArray(Complete(nested))
            : WireSamples.Published(row, number: 1);
        var good = Patch(row, value, parents, siblings((JsonObject)current!), out var path);
        var (status, answer) = await raw.SendAsync("PATCH", route, good);
        if (!row.Writable || !IsWritable(row, parents))
        {
            return status == 400 && Mentions(answer, "read-only") ? null : $"{row}: a read-only field was answered {status} {answer?.ToJsonString()}";
        }

        if (status != 200)
        {
            return $"{row}: the published type was refused: {status} {answer?.ToJsonString()}";
        }

        var (_, served) = await raw.SendAsync("GET", route);
        var sent = path.Aggregate((JsonNode)good, (node, step) => step is int index ? node[index]! : node[(string)step]!);
        var back = path.Aggregate(served, (node, step) => node is null ? null : step is int index ? node[index] : node[(string)step]);
        if (back is null || !Contains(sent, back))
        {
            return $"{row}: sent {sent.ToJsonString()}, served {back?.ToJsonString() ?? "nothing"}";
        }

        var bad = Patch(row, WireSamples.Wrong(row), parents, siblings((JsonObject)served!), out _);
        var (badStatus, badAnswer) = await raw.SendAsync("PATCH", route, bad);
        return badStatus == 400 && Mentions(badAnswer, row.Field) ? null : $"{row}: a wrong kind was answered {badStatus} {badAnswer?.ToJsonString()}";
    }

    /// <summary>A PATCH body that sets the row's field: at the top, or in the first element of its parent list.</summary>
    private static JsonObject Patch(SchemaRow row, JsonNode value, Dictionary<string, string> parents, JsonArray siblings, out List<object> path)
    {
        if (row.Object == "DeliveryContry")
        {
            path = ["DeliveryPlaces", 0, "DeliveryContry", row.Field];
            return new JsonObject { ["DeliveryPlaces"] = new JsonArray(new JsonObject { ["DeliveryContry"] = new JsonObject { [row.Field] = value } }) };
        }

        if (parents.TryGetValue(row.Object, out var parent))
        {
            var element = siblings.Count > 0 ? (JsonObject)siblings[0]!.DeepClone() : Complete(row.Object);
            element[row.Field] = value;
            var list = new JsonArray(element);
            foreach (var sibling in siblings.Skip(1))
            {
                list.Add(sibling!.DeepClone());
            }

            path = [parent, 0, row.Field];
            return new JsonObject { [parent] = list };
        }

        path = [row.Field];
        return new JsonObject { [row.Field] = value };
    }

    /// <summary>A record of a schema object with every required field, as an element of a list must be.</summary>
    private static JsonObject Complete(string schemaObject)
    {
        var record = new JsonObject();
        foreach (var row in SchemaTables.All.Where(r => r.Object == schemaObject && r.Required && r.Writable))
        {
            record[row.Field] = WireSamples.Published(row, number: 1);
        }

        return record;
    }

    /// <summary>Whether the server served back everything that was sent (it may add what the ERP fills).</summary>
    private static bool Contains(JsonNode sent, JsonNode served) => (sent, served) switch
    {
        (JsonObject a, JsonObject b) => a.All(p => b[p.Key] is { } value ? p.Value is not null && Contains(p.Value, value) : p.Value is null),
        (JsonArray a, JsonArray b) => a.Count == b.Count && a.Zip(b).All(pair => pair.First is not null && pair.Second is not null && Contains(pair.First, pair.Second)),
        _ => JsonNode.DeepEquals(sent, served),
    };

    /// <summary>The items a PATCH of an item field sends: the order's own, without what the ERP filled (read-only on write).</summary>
    private static JsonArray WithItems(JsonObject order, SchemaRow row)
    {
        if (row.Object != "OrderItems")
        {
            return [];
        }

        var readOnly = SchemaTables.Orders.Where(r => r.Object == "OrderItems" && !r.Writable).Select(r => r.Field).ToHashSet();
        var items = new JsonArray();
        foreach (var item in order["OrderItems"]!.AsArray())
        {
            var copy = new JsonObject();
            foreach (var (name, value) in item!.AsObject().Where(p => !readOnly.Contains(p.Key)))
            {
                copy[name] = value?.DeepClone();
            }

            items.Add(copy);
        }

        return items;
    }

    /// <summary>A nested row is writable only when its parent list is (PreInvoicing is read-only as a whole).</summary>
    private static bool IsWritable(SchemaRow row, Dictionary<string, string> parents) =>
        !parents.ContainsKey(row.Object) || SchemaTables.All.Any(r => r.Field == parents[row.Object] && r.Writable && r.JsonType.EndsWith(row.Object, StringComparison.Ordinal));

    private static JsonObject CancelBody() => new() { ["CancellationDate"] = "2026-03-02", ["TypeReason"] = 1, ["CancellationReason"] = "Cliente desistiu." };

    private static bool Mentions(JsonNode? answer, string text) => answer?.ToJsonString().Contains(text, StringComparison.Ordinal) == true;

    private void Report(IReadOnlyList<SchemaRow> rows, List<string> failures)
    {
        foreach (var group in rows.GroupBy(r => r.Object))
        {
            var failed = failures.Count(f => f.StartsWith(group.Key + ".", StringComparison.Ordinal));
            output.WriteLine($"{group.Key}: {group.Count() - failed} of {group.Count()} published fields taken and served as published by the fake.");
        }
    }
}
