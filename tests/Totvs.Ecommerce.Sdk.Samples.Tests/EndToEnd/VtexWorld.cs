using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Totvs.Ecommerce.Sdk.Samples.Tests.EndToEnd;

/// <summary>
/// The store side of the VTEX end-to-end run: <c>totvs-fake-datasul --vtex</c> as its own process playing a VTEX account,
/// faulty, its orders placed and what arrived read through its admin API (never through the connector's classes).
/// </summary>
internal sealed class VtexWorld : IAsyncDisposable
{
    private readonly ToolProcess tool;
    private readonly HttpClient admin;

    private VtexWorld(ToolProcess tool)
    {
        this.tool = tool;
        admin = new HttpClient { BaseAddress = new Uri(tool.Address, "__admin/vtex/") };
    }

    /// <summary>Where the connector's Vtex:AccountAddress and Vtex:PricingAddress point.</summary>
    public Uri Address => new(tool.Address, "vtex/");

    /// <summary>Starts the account with the warehouse of depósito 1/ECO, answering 3 % of requests 503 with Retry-After.</summary>
    public static async Task<VtexWorld> StartAsync(string command)
    {
        var world = new VtexWorld(await ToolProcess.StartAsync(command, "--urls http://127.0.0.1:0 --items 0 --vtex"));
        await world.PostAsync("warehouses/1_ECO", null);
        await world.PostAsync("faults", JsonSerializer.Serialize(new { kind = "status", status = 503, retryAfterSeconds = 1, always = true, probability = 0.03, seed = 5 }));
        return world;
    }

    /// <summary>Places an order in the store: one item at its ERP price, paid by card, delivered in SP or RJ.</summary>
    public async Task<string> PlaceOrderAsync(int number, string itemCode, decimal price)
    {
        var orderId = $"{1_000_000_000_000L + number}-01";
        var cents = (long)(price * 100);
        var order = new JsonObject
        {
            ["orderId"] = orderId,
            ["creationDate"] = "2026-03-01T12:00:00.0000000+00:00",
            ["salesChannel"] = "1",
            ["value"] = cents + 1500,
            ["totals"] = new JsonArray(new JsonObject { ["id"] = "Items", ["value"] = cents }, new JsonObject { ["id"] = "Shipping", ["value"] = 1500 }),
            ["items"] = new JsonArray(new JsonObject { ["id"] = "1", ["refId"] = itemCode, ["quantity"] = 1, ["price"] = cents, ["sellingPrice"] = cents }),
            ["clientProfileData"] = new JsonObject { ["document"] = "145.382.206-20", ["firstName"] = "João", ["lastName"] = "Silva", ["isCorporate"] = false },
            ["shippingData"] = new JsonObject
            {
                ["address"] = new JsonObject { ["postalCode"] = "01310-100", ["state"] = number % 3 == 0 ? "RJ" : "SP", ["city"] = "São Paulo", ["street"] = "Av. Paulista", ["number"] = "1000", ["country"] = "BRA" },
                ["logisticsInfo"] = new JsonArray(new JsonObject { ["selectedSla"] = "PAC", ["deliveryIds"] = new JsonArray(new JsonObject { ["courierId"] = "correios-pac" }) }),
            },
            ["paymentData"] = new JsonObject
            {
                ["transactions"] = new JsonArray(new JsonObject
                {
                    ["payments"] = new JsonArray(new JsonObject { ["group"] = "creditCard", ["paymentSystemName"] = "Visa", ["installments"] = 1, ["value"] = cents + 1500 }),
                }),
            },
        };
        await PostAsync("orders", order.ToJsonString());
        return orderId;
    }

    /// <summary>The catalog VTEX holds: categories, products and SKUs (each with its price and stock per warehouse).</summary>
    public async Task<JsonObject> CatalogAsync() => (JsonObject)(await admin.GetFromJsonAsync<JsonNode>("catalog"))!;

    /// <summary>An order as VTEX holds it: status, invoices, cancellation reason.</summary>
    public async Task<JsonObject> OrderAsync(string orderId) => (JsonObject)(await admin.GetFromJsonAsync<JsonNode>($"orders/{orderId}"))!;

    /// <summary>The journal as it answers it, for a failure's investigation.</summary>
    public Task<string> JournalTextAsync() => admin.GetStringAsync("journal");

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        await tool.DisposeAsync();
    }

    private async Task PostAsync(string path, string? json)
    {
        using var answer = await admin.PostAsync(path, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"));
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /__admin/vtex/{path} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A price as VTEX holds it, for comparing with the ERP's.</summary>
    public static decimal? FixedPrice(JsonObject sku, string tradePolicy) =>
        (sku["Price"]?["fixedPrices"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(p => (string?)p["tradePolicyId"] == tradePolicy)?["value"]?.GetValue<decimal>();

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
