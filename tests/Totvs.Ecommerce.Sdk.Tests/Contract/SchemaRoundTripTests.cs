using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Serialization;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Contract;

/// <summary>
/// An order and a customer carrying every published field (numbers as numbers, codes also in the other JSON kind, and
/// fields no schema has) are read, written back and read again equal: through the client against a server that keeps
/// what it is sent, and through the fake.
/// </summary>
public sealed class SchemaRoundTripTests
{
    private static readonly JsonSerializerOptions Json = TotvsJson.CreateReadOptions(DateTimeZoneProviders.Tzdb["America/Sao_Paulo"]);

    [Fact]
    public async Task An_order_with_every_published_field_reads_writes_back_and_reads_again_equal_through_the_client()
    {
        var served = WireDocuments.Full("OrdersInfo", mixKinds: true, writableOnly: false);
        served["LastUpdate"] = "2026-03-01T10:15:00.000-03:00";
        var (client, written) = KeepingServer(served);

        var first = await client.Orders.GetAsync(1);
        await client.Orders.UpdateAsync(1, first);
        var second = await client.Orders.GetAsync(1);

        AssertNoReadOnlyField(written.Single(), "OrdersInfo");
        Assert.NotNull(written.Single()[WireDocuments.UnknownField]);
        Assert.NotNull(written.Single()["OrderItems"]![0]![WireDocuments.UnknownField]);
        Assert.Equal(Write(first, Info<Order>()), Write(second, Info<Order>()));
        Assert.Equal(7, first.CodeCarrier);
        Assert.Equal(SchemaTables.Orders.Count(r => r.Object == "OrdersInfo"), PublishedFieldsIn(Write(first, Info<Order>()), "OrdersInfo"));
    }

    [Fact]
    public async Task A_customer_with_every_published_field_reads_writes_back_and_reads_again_equal_through_the_client()
    {
        var served = WireDocuments.Full("CustomersInfo", mixKinds: true, writableOnly: false);
        served["LastUpdate"] = "2026-03-01T10:15:00.000-03:00";
        served["PersonalId"] = "52998224725";
        served["EntityType"] = 1;
        served["Modality"] = 1;
        served["Credit"] = 1;
        var (client, written) = KeepingServer(served);

        var first = await client.Customers.GetAsync(1);
        await client.Customers.UpdateAsync(1, first);
        var second = await client.Customers.GetAsync(1);

        AssertNoReadOnlyField(written.Single(), "CustomersInfo");
        Assert.NotNull(written.Single()[WireDocuments.UnknownField]);
        Assert.Equal(Write(first, Info<Customer>()), Write(second, Info<Customer>()));
        Assert.Equal(7, first.IbgeCode);
        Assert.Equal(SchemaTables.Customers.Count(r => r.Object == "CustomersInfo"), PublishedFieldsIn(Write(first, Info<Customer>()), "CustomersInfo"));
    }

    [Fact]
    public async Task An_order_with_every_writable_published_field_reads_writes_back_and_reads_again_equal_through_the_fake()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var orderId = (await harness.Client.Orders.CreateAsync(SalesSeed.Order())).Record.OrderId!.Value;
        using var raw = new RawDatasul(harness.Server);
        var everything = WireDocuments.Full("OrdersInfo", mixKinds: false, writableOnly: true, number: 1);
        everything.Remove("ShortName");
        everything.Remove("CustomerOrderId");
        var (patched, answer) = await raw.SendAsync("PATCH", $"{harness.Server.Routes.Orders}/{orderId}", everything);
        Assert.True(patched == 200, answer?.ToJsonString());

        var first = await harness.Client.Orders.GetAsync(orderId);
        await harness.Client.Orders.UpdateAsync(orderId, first);
        var second = await harness.Client.Orders.GetAsync(orderId);

        var writable = SchemaTables.Orders.Count(r => r.Object == "OrdersInfo" && r.Writable);
        Assert.True(PublishedFieldsIn(Write(first, Info<Order>()), "OrdersInfo") >= writable);
        Assert.NotNull(first.AdditionalFields?[WireDocuments.UnknownField]);
        Assert.Equal(WithoutLastUpdate(Write(first, Info<Order>())), WithoutLastUpdate(Write(second, Info<Order>())));
    }

    [Fact]
    public async Task A_customer_with_every_writable_published_field_reads_writes_back_and_reads_again_equal_through_the_fake()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var everything = WireDocuments.Full("CustomersInfo", mixKinds: false, writableOnly: true, number: 1);
        everything["PersonalId"] = "52998224725";
        using var raw = new RawDatasul(harness.Server);
        var (created, answer) = await raw.SendAsync("POST", harness.Server.Routes.Customers, everything);
        Assert.True(created == 201, answer?.ToJsonString());
        var code = answer!["CustomerCode"]!.GetValue<long>();

        var first = await harness.Client.Customers.GetAsync(code);
        await harness.Client.Customers.UpdateAsync(code, first);
        var second = await harness.Client.Customers.GetAsync(code);

        var writable = SchemaTables.Customers.Count(r => r.Object == "CustomersInfo" && r.Writable);
        Assert.True(PublishedFieldsIn(Write(first, Info<Customer>()), "CustomersInfo") >= writable);
        Assert.NotNull(first.Contacts?[0].AdditionalFields?[WireDocuments.UnknownField]);
        Assert.Equal(WithoutLastUpdate(Write(first, Info<Customer>())), WithoutLastUpdate(Write(second, Info<Customer>())));
    }

    /// <summary>A server that serves one record and keeps what a PUT sends, with the fields it fills itself.</summary>
    private static (TotvsEcommerceClient Client, List<JsonObject> Written) KeepingServer(JsonObject record)
    {
        var current = record;
        var written = new List<JsonObject>();
        var handler = new StubHandler(request =>
        {
            if (request.Method == HttpMethod.Put)
            {
                var body = (JsonObject)JsonNode.Parse(request.Content!.ReadAsStringAsync().Result)!;
                written.Add(body);
                current = (JsonObject)Merge(current, body)!;
            }

            return (200, current.ToJsonString());
        });
        return (StubHandler.CreateClient(handler), written);
    }

    /// <summary>What a server keeps after a write: the fields sent, and its own (read-only) ones where nothing was sent, lists by position.</summary>
    private static JsonNode? Merge(JsonNode? kept, JsonNode? sent) => (kept, sent) switch
    {
        (JsonObject old, JsonObject update) => Merged(old, update),
        (JsonArray old, JsonArray update) => new JsonArray(update.Select((item, i) => i < old.Count ? Merge(old[i], item) : item?.DeepClone()).ToArray()),
        _ => sent?.DeepClone(),
    };

    private static JsonObject Merged(JsonObject old, JsonObject update)
    {
        var result = (JsonObject)old.DeepClone();
        foreach (var (name, value) in update)
        {
            result[name] = Merge(old[name], value);
        }

        return result;
    }

    private static void AssertNoReadOnlyField(JsonObject body, string schemaObject)
    {
        var readOnly = SchemaTables.All.Where(r => r.Object == schemaObject && !r.Writable).Select(r => r.Field).Where(body.ContainsKey).ToList();
        Assert.True(readOnly.Count == 0, $"The write sent read-only fields: {string.Join(", ", readOnly)}.");
    }

    private static int PublishedFieldsIn(string json, string schemaObject)
    {
        var record = JsonNode.Parse(json)!.AsObject();
        return SchemaTables.All.Count(r => r.Object == schemaObject && record.ContainsKey(r.Field));
    }

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> Info<T>() => (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Json.GetTypeInfo(typeof(T));

    private static string Write<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type);

    private static string WithoutLastUpdate(string json)
    {
        var record = JsonNode.Parse(json)!.AsObject();
        record.Remove("LastUpdate");
        return record.ToJsonString();
    }
}
