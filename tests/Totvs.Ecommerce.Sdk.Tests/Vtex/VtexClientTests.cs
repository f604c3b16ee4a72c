using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Time;
using Totvs.Ecommerce.Sdk.Testing.Vtex;
using Totvs.Ecommerce.Sdk.Tests.Support;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Tests.Vtex;

/// <summary>
/// The VTEX client against the fake VTEX, whose wire layer checks bodies by VTEX's published OpenAPI descriptions
/// (docs/schemas/vtex), not by the client's classes: what the client sends is what VTEX documents.
/// </summary>
public sealed class VtexClientTests
{
    private static readonly VtexCategory Tools = new() { Name = "Ferramentas", Title = "Ferramentas", Description = "Ferramentas", Keywords = "FER" };

    [Fact]
    public async Task A_category_product_SKU_price_and_stock_reach_VTEX_as_VTEX_documents_them()
    {
        var (fake, vtex) = Create();

        var category = await vtex.Catalog.CreateCategoryAsync(Tools);
        var product = await vtex.Catalog.CreateProductAsync(new VtexProduct { Name = "Furadeira", CategoryId = category.Id, BrandId = 1, RefId = "FUR-001" });
        var sku = await vtex.Catalog.CreateSkuAsync(new VtexSku
        {
            ProductId = product.Id!.Value, Name = "Furadeira", RefId = "FUR-001", ActivateIfPossible = true,
            PackagedHeight = 25, PackagedWidth = 8, PackagedLength = 30, PackagedWeightKg = 2100,
        });
        await vtex.Catalog.AddEanAsync(sku.Id!.Value, "7891234567895");
        await vtex.Pricing.SetPriceAsync(sku.Id.Value, new VtexPrice { BasePrice = 399.90m, FixedPrices = [new VtexFixedPrice { TradePolicyId = "1", Value = 399.90m }] });
        fake.AddWarehouse("1_ECO");
        await vtex.Logistics.SetInventoryAsync(sku.Id.Value, "1_ECO", new VtexInventory { Quantity = 12 });

        var skuInVtex = Assert.Single(fake.Skus);
        Assert.Equal(("FUR-001", true, "7891234567895"), ((string?)skuInVtex["RefId"], (bool?)skuInVtex["IsActive"], (string?)skuInVtex["Eans"]![0]));
        Assert.Equal(399.90m, (decimal?)fake.PriceOf(sku.Id.Value)!["fixedPrices"]![0]!["value"]);
        Assert.Equal(12, fake.QuantityOf(sku.Id.Value, "1_ECO"));
        Assert.Equal(product.Id, (await vtex.Catalog.FindProductAsync("FUR-001"))!.Id);
        Assert.Equal(sku.Id, (await vtex.Catalog.FindSkuAsync("FUR-001"))!.Id);
        Assert.Null(await vtex.Catalog.FindSkuAsync("NADA"));
        Assert.Null(await vtex.Catalog.GetCategoryAsync(999));
    }

    [Fact]
    public async Task A_body_VTEX_documents_otherwise_is_refused_naming_the_field()
    {
        var (fake, _) = Create();
        using var http = new HttpClient(fake.CreateHandler()) { BaseAddress = new Uri("https://fakestore.vtexcommercestable.com.br/") };
        http.DefaultRequestHeaders.Add("X-VTEX-API-AppKey", FakeVtexServer.DefaultAppKey);
        http.DefaultRequestHeaders.Add("X-VTEX-API-AppToken", FakeVtexServer.DefaultAppToken);

        var answer = await http.PostAsync("api/catalog/pvt/category", new StringContent("""{"Name":"X","IsActive":true}""", Encoding.UTF8, "application/json"));
        var text = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("The field FatherCategoryId is required.", text, StringComparison.Ordinal); // from VTEX's OpenAPI, not from our classes
        Assert.Empty(fake.Categories);
    }

    [Fact]
    public async Task VTEXs_rules_hold_a_SKU_needs_its_product_a_product_its_brand_and_RefIds_are_unique()
    {
        var (_, vtex) = Create();
        var category = await vtex.Catalog.CreateCategoryAsync(Tools);
        await vtex.Catalog.CreateProductAsync(new VtexProduct { Name = "Furadeira", CategoryId = category.Id, BrandId = 1, RefId = "FUR-001" });

        var orphan = await Assert.ThrowsAsync<VtexApiException>(() => vtex.Catalog.CreateSkuAsync(new VtexSku { ProductId = 77, Name = "X" }));
        var noBrand = await Assert.ThrowsAsync<VtexApiException>(() => vtex.Catalog.CreateProductAsync(new VtexProduct { Name = "Y", CategoryId = category.Id, BrandId = 9 }));
        var twice = await Assert.ThrowsAsync<VtexApiException>(() => vtex.Catalog.CreateProductAsync(new VtexProduct { Name = "Z", CategoryId = category.Id, BrandId = 1, RefId = "FUR-001" }));

        Assert.Equal((400, false), (orphan.StatusCode, orphan.IsTransient));
        Assert.Contains("Product 77 does not exist", orphan.Message, StringComparison.Ordinal);
        Assert.Contains("Brand 9 does not exist", noBrand.Message, StringComparison.Ordinal);
        Assert.Equal(409, twice.StatusCode);
    }

    [Fact]
    public async Task Failures_are_exceptions_that_say_what_to_do_never_empty_answers()
    {
        var (fake, vtex) = Create();
        var wrongToken = new VtexClient(new HttpClient(fake.CreateHandler()), (Options() with { AppToken = "wrong" }).ToOptions());
        fake.Faults.On("GET", "api/orders/feed").Times(1).RespondWithStatus(500);

        var unauthorized = await Assert.ThrowsAsync<VtexApiException>(() => wrongToken.Catalog.GetCategoryAsync(1));
        var feed = await Assert.ThrowsAsync<VtexApiException>(() => vtex.Orders.ReadFeedAsync());
        var missing = await Assert.ThrowsAsync<VtexApiException>(() => vtex.Catalog.UpdateCategoryAsync(42, Tools));

        Assert.Contains("Check Vtex:AppKey and Vtex:AppToken", unauthorized.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", unauthorized.Message, StringComparison.Ordinal); // the token is never repeated
        Assert.True(feed.IsTransient);
        Assert.Equal(404, missing.StatusCode);
    }

    [Fact]
    public async Task An_order_goes_from_the_feed_through_handling_invoice_and_cancellation()
    {
        var (fake, vtex) = Create();
        var orderId = fake.PlaceOrder(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "samples", "OrderIngestion", "orders", "1001-boleto.json")));

        var events = await vtex.Orders.ReadFeedAsync();
        var order = await vtex.Orders.GetOrderAsync(orderId);
        await vtex.Orders.StartHandlingAsync(orderId);
        var notAgain = await Assert.ThrowsAsync<VtexApiException>(() => vtex.Orders.StartHandlingAsync(orderId));
        var invoice = new VtexInvoiceNotification { IssuanceDate = "2026-03-02", InvoiceNumber = "123", InvoiceValue = "53970", InvoiceKey = "35260311444777000161550010000001231000001234" };
        await vtex.Orders.NotifyInvoiceAsync(orderId, invoice);
        await vtex.Orders.NotifyInvoiceAsync(orderId, invoice); // a notification sent again changes nothing
        await vtex.Orders.CommitFeedAsync(events.Select(e => e.Handle));

        Assert.Equal(("ready-for-handling", orderId), (events[0].State, events[0].OrderId));
        Assert.Equal(orderId, order!.OrderId);
        Assert.Equal(409, notAgain.StatusCode);
        Assert.Equal("invoiced", fake.StatusOf(orderId));
        Assert.Single(fake.InvoicesOf(orderId));
        Assert.Equal(2, fake.PendingFeedEvents); // handling and invoiced, not committed yet
        await vtex.Orders.CancelAsync(new VtexOrderCancellation { OrderId = orderId, Reason = "Cancelado no ERP" });
        Assert.Equal(("canceled", "Cancelado no ERP"), (fake.StatusOf(orderId), fake.CancellationReasonOf(orderId)));
    }

    [Fact]
    public async Task A_rate_limited_call_waits_VTEXs_Retry_After_and_goes_through()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 3, 1, 13, 0, 0, TimeSpan.Zero));
        var fake = new FakeVtexServer(new FakeVtexServerOptions { TimeProvider = clock, RateLimit = (1, TimeSpan.FromSeconds(10)) });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddVtexClient(o => Options().Apply(o)).ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);

        // The clock jumps over waits: the time-outs must be longer than any wait it jumps, or they fire instead.
        services.PostConfigure<Microsoft.Extensions.Http.Resilience.HttpStandardResilienceOptions>(VtexServiceCollectionExtensions.HttpClientName + "-standard", o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromHours(1);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromHours(2);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromHours(2);
        });
        await using var provider = services.BuildServiceProvider();
        var vtex = provider.GetRequiredService<VtexClient>();

        await clock.RunAsync(() => vtex.Catalog.CreateCategoryAsync(Tools));
        var second = await clock.RunAsync(() => vtex.Catalog.CreateCategoryAsync(Tools with { Name = "Vestuário" }));

        Assert.Equal("Vestuário", second.Name);
        Assert.Equal([200, 429, 200], fake.Journal.For("POST", "api/catalog/pvt/category").Select(e => e.StatusCode));
        Assert.Equal(2, fake.Categories.Count); // the refused POST was not taken: retrying it created nothing twice
    }

    private static (FakeVtexServer Fake, VtexClient Client) Create()
    {
        var fake = new FakeVtexServer();
        return (fake, new VtexClient(new HttpClient(fake.CreateHandler()), Options().ToOptions()));
    }

    private static TestOptions Options() => new("fakestore", FakeVtexServer.DefaultAppKey, FakeVtexServer.DefaultAppToken);

    private sealed record TestOptions(string Account, string AppKey, string AppToken)
    {
        public VtexClientOptions ToOptions() => Apply(new VtexClientOptions());

        public VtexClientOptions Apply(VtexClientOptions options)
        {
            options.Account = Account;
            options.AppKey = AppKey;
            options.AppToken = AppToken;
            options.PricingAddress = new Uri($"https://{Account}.vtexcommercestable.com.br/");
            return options;
        }
    }
}
