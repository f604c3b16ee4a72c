using System.Text.Json.Nodes;
using Totvs.Ecommerce.FakeDatasul;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.StockBalances;

namespace Totvs.Ecommerce.Sdk.Tests.Tool;

/// <summary>
/// The admin API of totvs-fake-datasul, over HTTP, endpoint by endpoint: what a test in another language does to the fake
/// ERP, checked through the SDK on the Datasul routes of the same process.
/// </summary>
public sealed class AdminApiTests
{
    private const string Store = SeedBodies.Store;


    [Fact]
    public async Task Health_answers_and_openapi_describes_every_admin_route_and_nothing_else()
    {
        await using var tool = await ToolHost.StartAsync();

        var (status, health) = await tool.GetAsync("/__admin/health");
        var (_, openApi) = await tool.GetAsync("/__admin/openapi.json");

        Assert.Equal(200, status);
        Assert.Equal("ok", (string?)health!["status"]);
        Assert.Equal(["1"], health["stores"]!.AsArray().Select(s => (string?)s));
        var documented = openApi!["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => $"{m.Key.ToUpperInvariant()} {p.Key.Replace("{orderId}", "{orderId:long}", StringComparison.Ordinal)}"))
            .Order(StringComparer.Ordinal);
        var mapped = tool.App.Routes.Where(r => r.Pattern.StartsWith("/__admin", StringComparison.Ordinal)).Select(r => $"{r.Method} {r.Pattern}").Order(StringComparer.Ordinal);
        Assert.Equal(mapped, documented);
    }

    [Fact]
    public async Task Seed_adds_customers_and_orders_through_the_fakes_admission_and_reset_goes_back_to_the_start()
    {
        var (customer, order) = await SeedBodies.FromSdkAsync();
        await using var tool = await ToolHost.StartAsync("--items", "0");

        var (seeded, result) = await tool.PostAsync("/__admin/seed", $$"""{"stores":[{{Store}}],"customers":[{{customer}}],"orders":[{{order}}]}""");
        var found = await tool.Client.Orders.FindAsync("14538220620", "S-0001");
        var maria = await tool.Client.Customers.FindAsync("MARIA-SOUZA");
        var (_, orders) = await tool.GetAsync("/__admin/erp/orders");
        var (reset, _) = await tool.PostAsync("/__admin/reset");
        var afterReset = await tool.Client.Orders.FindAsync("14538220620", "S-0001");

        Assert.Equal(200, seeded);
        Assert.Equal(1, (int?)result!["orders"]);
        Assert.NotNull(found?.OrderId);
        Assert.NotNull(maria?.CustomerCode);
        Assert.Equal(found!.OrderId, (long?)orders![0]!["orderId"]);
        Assert.Equal(200, reset);
        Assert.Null(afterReset);
    }

    [Fact]
    public async Task The_seed_sets_the_stores_payment_methods_and_the_fake_enforces_them()
    {
        var (_, order) = await SeedBodies.FromSdkAsync(); // paid with CARTAO
        const string CardWithoutBrand = """{"code":"CARTAO","type":"CreditCard","portador":"237","carteira":"1","cardAdministrator":"CIELO"}""";
        const string Card = """{"code":"CARTAO","type":"CreditCard","portador":"237","carteira":"1","cardAdministrator":"CIELO","cardBrand":"VISA"}""";
        await using var incomplete = await ToolHost.StartAsync("--items", "0");
        await using var complete = await ToolHost.StartAsync("--items", "0");

        var store = Store[..^1];
        var (refused, error) = await incomplete.PostAsync("/__admin/seed", $$"""{"stores":[{{store}},"paymentMethods":[{{CardWithoutBrand}}]}],"orders":[{{order}}]}""");
        var (accepted, _) = await complete.PostAsync("/__admin/seed", $$"""{"stores":[{{store}},"paymentMethods":[{{Card}}]}],"orders":[{{order}}]}""");

        Assert.Equal(400, refused);
        Assert.Contains("PAYMENT_METHOD_INCOMPLETE", (string?)error!["error"], StringComparison.Ordinal);
        Assert.Equal(200, accepted);
        Assert.NotNull(await complete.Client.Orders.FindAsync("14538220620", "S-0001"));
    }

    [Fact]
    public async Task A_seeded_order_the_ERP_refuses_is_a_400_naming_it()
    {
        var (_, order) = await SeedBodies.FromSdkAsync();
        await using var tool = await ToolHost.StartAsync("--items", "0"); // no FUR-001 in this ERP

        var (status, error) = await tool.PostAsync("/__admin/seed", $$"""{"orders":[{{order}}]}""");
        var (badJson, parseError) = await tool.PostAsync("/__admin/seed", """{"stores":"not a list"}""");

        Assert.Equal(400, status);
        Assert.StartsWith("Seed orders[0] was refused", (string?)error!["error"], StringComparison.Ordinal);
        Assert.Equal(400, badJson);
        Assert.Contains("openapi.json", (string?)parseError!["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ERP_side_changes_reach_the_store_through_the_Datasul_routes()
    {
        await using var tool = await ToolHost.StartAsync("--items", "0");
        await tool.PostAsync("/__admin/seed", $$"""{"stores":[{{Store}}]}""");

        var family = await tool.PostAsync("/__admin/erp/families", """{"code":"ILU","description":"Iluminação","store":"1"}""");
        var price = await tool.PostAsync("/__admin/erp/prices", """{"priceTable":"ECOM","itemCode":"FUR-001","price":379.9}""");
        var balance = await tool.PostAsync("/__admin/erp/balances", """{"itemCode":"FUR-001","branchId":"1","warehouseCode":"ECO","quantity":3}""");
        var unlink = await tool.PostAsync("/__admin/erp/items/unlink", """{"store":"1","itemCode":"FUR-001"}""");
        var unlinked = (await tool.Client.Products.ListAsync(new ProductListOptions { StoreCode = "1" })).Items.Single();
        var link = await tool.PostAsync("/__admin/erp/items/link", """{"store":"1","itemCode":"FUR-001"}""");
        var linked = (await tool.Client.Products.ListAsync(new ProductListOptions { StoreCode = "1" })).Items.Single();
        var unknown = await tool.PostAsync("/__admin/erp/prices", """{"priceTable":"NOPE","itemCode":"FUR-001","price":1}""");

        Assert.Equal([204, 204, 204, 204, 204], new[] { family.Status, price.Status, balance.Status, unlink.Status, link.Status });
        Assert.Equal("Iluminação", (await tool.Client.Families.GetAsync("ILU", "1")).Description);
        Assert.Equal(379.9m, (await tool.Client.PriceItems.ListAsync(new PriceItemListOptions { StoreCode = "1" })).Items.Single().Price);
        Assert.Equal(3m, (await tool.Client.StockBalances.ListAsync(new StockBalanceListOptions { StoreCode = "1" })).Items.Single().AvailableQuantity);
        Assert.False(unlinked.IsActive);
        Assert.True(linked.IsActive);
        Assert.True(unknown.Status is 400 or 409, $"{unknown.Status}");
        Assert.NotNull(unknown.Body!["error"]);
    }

    [Fact]
    public async Task An_order_is_billed_its_NFe_cancelled_and_the_order_cancelled_as_the_ERPs_users_would()
    {
        var (_, order) = await SeedBodies.FromSdkAsync();
        await using var tool = await ToolHost.StartAsync("--items", "0");
        await tool.PostAsync("/__admin/seed", $$"""{"stores":[{{Store}}],"orders":[{{order}}]}""");
        var orderId = (await tool.Client.Orders.FindAsync("14538220620", "S-0001"))!.OrderId!.Value;

        var (billed, invoice) = await tool.PostAsync($"/__admin/erp/orders/{orderId}/invoice", """{"trackingNumber":"BR1"}""");
        var published = (await tool.Client.Invoices.ListAsync(new InvoiceListOptions { StoreCode = "1" })).Items.Single();
        var (cancelledNfe, cancelledInvoice) = await tool.PostAsync($"/__admin/erp/orders/{orderId}/invoice/cancel");
        var (cancelled, _) = await tool.PostAsync($"/__admin/erp/orders/{orderId}/cancel", """{"reason":"buyer gave up"}""");
        var (_, orders) = await tool.GetAsync("/__admin/erp/orders");
        var (unknown, error) = await tool.PostAsync("/__admin/erp/orders/999999/invoice");

        Assert.Equal(200, billed);
        Assert.Equal(44, ((string?)invoice!["accessKey"])!.Length);
        Assert.Equal((string?)invoice["invoiceNumber"], published.InvoiceNumber);
        Assert.Equal(200, cancelledNfe);
        Assert.True((bool?)cancelledInvoice!["isCancelled"]);
        Assert.Equal(204, cancelled);
        Assert.Equal(nameof(OrderSituation.Cancelled), (string?)orders![0]!["situation"]);
        Assert.Equal(409, unknown);
        Assert.Contains("999999", (string?)error!["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fault_scripted_over_HTTP_meets_the_next_call_and_is_listed_spent_then_cleared()
    {
        await using var tool = await ToolHost.StartAsync("--items", "3");
        var route = tool.App.Erp.Server.Routes.Families;

        var (created, _) = await tool.PostAsync("/__admin/faults", $$"""{"method":"get","route":"{{route}}","kind":"error","status":500,"code":"57382","message":"scripted"}""");
        var (_, pending) = await tool.GetAsync("/__admin/faults");
        var met = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => tool.Client.Families.ListAsync());
        var (_, spent) = await tool.GetAsync("/__admin/faults");
        var (cleared, _) = await tool.SendAsync(HttpMethod.Delete, "/__admin/faults");
        var (_, none) = await tool.GetAsync("/__admin/faults");
        var (bad, error) = await tool.PostAsync("/__admin/faults", """{"kind":"status"}""");

        Assert.Equal(201, created);
        Assert.Equal(1, (int?)pending![0]!["remaining"]);
        Assert.Equal("57382", met.Error?.Code);
        Assert.Equal(0, (int?)spent![0]!["remaining"]);
        Assert.Equal(204, cleared);
        Assert.Empty(none!.AsArray());
        Assert.Equal(400, bad);
        Assert.Contains("status from 400 to 599", (string?)error!["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_journal_lists_what_was_asked_and_answered_and_empties()
    {
        await using var tool = await ToolHost.StartAsync("--items", "3");
        await tool.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1", PageSize = 2 });

        var (_, journal) = await tool.GetAsync("/__admin/journal");
        var (emptied, _) = await tool.SendAsync(HttpMethod.Delete, "/__admin/journal");
        var (_, after) = await tool.GetAsync("/__admin/journal");

        var entry = journal!.AsArray().Single();
        Assert.Equal("GET", (string?)entry!["method"]);
        Assert.Equal(tool.App.Erp.Server.Routes.Families, (string?)entry["route"]);
        Assert.Contains("pageSize=2", (string?)entry["query"], StringComparison.Ordinal);
        Assert.Equal(200, (int?)entry["statusCode"]);
        Assert.Equal(204, emptied);
        Assert.Empty(after!.AsArray());
    }

    [Fact]
    public async Task The_clock_moves_forward_only()
    {
        await using var tool = await ToolHost.StartAsync();

        var (_, before) = await tool.GetAsync("/__admin/clock");
        var (advanced, after) = await tool.PostAsync("/__admin/clock/advance", """{"seconds":3600}""");
        var (back, _) = await tool.PostAsync("/__admin/clock/advance", """{"seconds":-1}""");

        Assert.Equal(200, advanced);
        Assert.Equal(3600, (double?)after!["offsetSeconds"]);
        Assert.True(DateTimeOffset.Parse((string)after["now"]!, System.Globalization.CultureInfo.InvariantCulture)
            >= DateTimeOffset.Parse((string)before!["now"]!, System.Globalization.CultureInfo.InvariantCulture).AddHours(1));
        Assert.Equal(400, back);
    }

    [Fact]
    public async Task The_pace_is_set_over_HTTP_and_beyond_its_capacity_the_ERP_answers_503_with_Retry_After()
    {
        await using var tool = await ToolHost.StartAsync("--items", "3");
        var route = tool.App.Erp.Server.Routes.Families;

        var body = new JsonObject
        {
            ["maxConcurrentRequests"] = 1,
            ["retryAfterSeconds"] = 4,
            ["routes"] = new JsonObject { [$"GET {route}"] = new JsonObject { ["fixedMs"] = 2000 } },
        };
        var (set, pace) = await tool.PostAsync("/__admin/capacity", body.ToJsonString());
        var (_, read) = await tool.GetAsync("/__admin/capacity");
        using var http = new HttpClient { BaseAddress = tool.Address };
        http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("integration:fake-password"u8.ToArray()));
        // Two at once: one holds the only place for 2 s, the other is turned away at once, whichever arrives second.
        var answers = await Task.WhenAll(http.GetAsync($"/dts/datasul-rest/resources/prg/{route}"), http.GetAsync($"/dts/datasul-rest/resources/prg/{route}"));
        var busy = answers.Single(a => (int)a.StatusCode == 503);
        var served = answers.Single(a => (int)a.StatusCode == 200);
        var (bad, _) = await tool.PostAsync("/__admin/capacity", """{"maxConcurrentRequests":0}""");
        var (_, concurrency) = await tool.GetAsync("/__admin/concurrency");
        var (_, taken) = await tool.PostAsync("/__admin/concurrency/take-peak", "{}");
        var (_, afterTake) = await tool.GetAsync("/__admin/concurrency");

        Assert.Equal(200, set);
        Assert.Equal(2000, (double?)read!["routes"]![$"GET {route}"]!["fixedMs"]);
        Assert.Equal(1, (int?)pace!["maxConcurrentRequests"]);
        Assert.Equal(TimeSpan.FromSeconds(4), busy.Headers.RetryAfter?.Delta);
        Assert.Contains("SERVER_BUSY", await busy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(served);
        Assert.Equal(400, bad);
        Assert.Equal(1, (int?)concurrency!["peakConcurrentRequests"]); // the refused one never counted
        Assert.Equal(0, (int?)concurrency["concurrentRequests"]);
        Assert.Equal(1, (int?)taken!["peakConcurrentRequests"]);
        Assert.Equal(0, (int?)afterTake!["peakConcurrentRequests"]);
        Array.ForEach(answers, a => a.Dispose());
    }

    [Fact]
    public void Service_times_and_the_capacity_come_from_the_command_line()
    {
        var options = ToolOptions.Parse(["--service-time", "200ms±50ms", "--route-time", "POST pdp/v1/ordersPublic=1.5s", "--max-concurrent", "4"]);
        var bad = Assert.Throws<ArgumentException>(() => ToolOptions.Parse(["--service-time", "fast"]));

        Assert.Equal(new Totvs.Ecommerce.Sdk.Testing.Pacing.FakeServiceTime(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(50)), options.Capacity.ServiceTime);
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.Capacity.For("POST", "pdp/v1/ordersPublic").Fixed);
        Assert.Equal(4, options.Capacity.MaxConcurrentRequests);
        Assert.Contains("--service-time fast is not a duration", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_admin_API_its_paths_are_only_Datasul_404s()
    {
        await using var tool = await ToolHost.StartAsync("--no-admin");

        var (status, body) = await tool.GetAsync("/__admin/health");

        Assert.NotEqual(200, status);
        Assert.Null(body?["status"]);
        Assert.DoesNotContain(tool.App.Routes, r => r.Pattern.StartsWith("/__admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_purchase_order_entered_through_the_admin_API_is_served_to_the_client_with_its_lines()
    {
        await using var tool = await ToolHost.StartAsync("--items", "0");

        var (status, created) = await tool.PostAsync("/__admin/erp/purchase-orders", """
            {"orderDate":"2026-11-05","vendorCode":13,"vendorShortName":"AGRO-SUL","vendorName":"Agro Sul Insumos Ltda",
             "vendorDocument":"11.444.777/0001-61","lines":[{"itemCode":"MP-ADUBO","quantity":100,"unitOfMeasure":"KG","unitPrice":4.35}]}
            """);
        var (refused, error) = await tool.PostAsync("/__admin/erp/purchase-orders", """
            {"orderDate":"2026-11-05","vendorCode":13,"vendorShortName":"AGRO-SUL","vendorName":"Agro","vendorDocument":"11.444.777/0001-61","lines":[]}
            """);
        var number = (long)created!["orderNumber"]!;
        var listed = await tool.Client.PurchaseOrders.ListAsync(new Totvs.Ecommerce.Sdk.PurchaseOrders.PurchaseOrderListOptions
        {
            OrderedFrom = new NodaTime.LocalDate(2026, 11, 1), OrderedTo = new NodaTime.LocalDate(2026, 11, 30),
        });
        var order = await tool.Client.PurchaseOrders.GetAsync(number);

        Assert.Equal(201, status);
        Assert.Equal(400, refused);
        Assert.Contains("at least one line", (string?)error!["error"], StringComparison.Ordinal);
        Assert.Equal(number, Assert.Single(listed.Items).OrderNumber);
        Assert.Equal("MP-ADUBO", Assert.Single(order.Lines!).ItemCode);
        Assert.Equal(435m, order.Lines![0].TotalPriceInDefaultCurrency);
    }

    [Fact]
    public async Task A_plain_sale_goes_into_the_tool_once_with_the_published_fields_only()
    {
        var (customer, _) = await SeedBodies.FromSdkAsync();
        await using var tool = await ToolHost.StartAsync("--items", "0");
        await tool.PostAsync("/__admin/seed", $$"""{"stores":[{{Store}}],"customers":[{{customer}}]}""");
        var sale = new Order
        {
            CustomerOrderId = "VENDA-0001", ShortName = Support.SalesSeed.Customer().ShortName,
            EmissionDate = new NodaTime.LocalDate(2026, 11, 20), ImplantationDate = new NodaTime.LocalDate(2026, 11, 20),
            OrderItems = [new OrderItem { ItemCode = Totvs.Ecommerce.Sdk.Domain.Catalog.ItemCode.Parse("FUR-001"), QuantityBilling = 2, OriginalPrice = 380m }],
        };

        var first = await tool.Client.Orders.CreateAsync(sale);
        var again = await tool.Client.Orders.CreateAsync(sale);
        var (_, orders) = await tool.GetAsync("/__admin/erp/orders");

        Assert.Equal(Totvs.Ecommerce.Sdk.CreationOutcome.Created, first.Outcome);
        Assert.Equal(Totvs.Ecommerce.Sdk.CreationOutcome.AlreadyExisted, again.Outcome);
        Assert.Equal(760m, first.Record.TotalOrderAmount);
        Assert.Single(orders!.AsArray(), o => (string?)o!["customerOrderId"] == "VENDA-0001");
    }

    [Theory]
    [InlineData("--bogus", "Unknown argument '--bogus'")]
    [InlineData("--urls ftp://x", "--urls ftp://x is not an http:// or https:// address")]
    [InlineData("--quirk nope", "--quirk nope is unknown; use one of")]
    [InlineData("--user nopassword", "--user takes NAME:SECRET")]
    [InlineData("--time-zone Mars/Base", "--time-zone Mars/Base is not an IANA zone id")]
    [InlineData("--seed", "--seed needs a value")]
    public void A_bad_command_line_is_named_with_what_to_give(string args, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ToolOptions.Parse(args.Split(' ')));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_never_print_a_secret()
    {
        var options = ToolOptions.Parse(["--user", "integration:s3cr3t-pw", "--oauth-client", "connector:cl1ent-s3cret"]);

        Assert.DoesNotContain("s3cr3t-pw", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("cl1ent-s3cret", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("integration", options.ToString(), StringComparison.Ordinal);
    }
}
