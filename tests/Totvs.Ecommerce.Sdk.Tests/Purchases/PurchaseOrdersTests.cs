using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.PurchaseOrders;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Purchases;

/// <summary>
/// Purchase orders (issue 30): listed by period and vendor, read one with its lines, through the client against the
/// fake's own wire layer, with routes and field names that a release spelling them otherwise maps by configuration.
/// </summary>
public sealed class PurchaseOrdersTests
{
    private static readonly Cnpj VendorCnpj = Cnpj.Parse("11444777000161");

    private static FakePurchaseOrder Purchase(LocalDate date, long vendor = 13, params FakePurchaseOrderLine[] lines) =>
        new(date, vendor, "AGRO-SUL", "Agro Sul Insumos Ltda", CpfOrCnpj.Parse(VendorCnpj.Value), lines.Length > 0 ? lines : [new FakePurchaseOrderLine("MP-ADUBO", 100m, "KG", 4.35m)]);

    [Fact]
    public async Task A_period_lists_the_orders_dated_inside_it_both_days_included()
    {
        long[] inside = [];
        await using var harness = await SdkHarness.CreateAsync(seed: server =>
        {
            server.AddPurchaseOrder(Purchase(new LocalDate(2026, 10, 31)));
            inside = [server.AddPurchaseOrder(Purchase(new LocalDate(2026, 11, 1))), server.AddPurchaseOrder(Purchase(new LocalDate(2026, 11, 30)))];
            server.AddPurchaseOrder(Purchase(new LocalDate(2026, 12, 1)));
        });

        var page = await harness.Client.PurchaseOrders.ListAsync(new PurchaseOrderListOptions { OrderedFrom = new LocalDate(2026, 11, 1), OrderedTo = new LocalDate(2026, 11, 30) });

        Assert.Equal(inside, page.Items.Select(o => o.OrderNumber));
        Assert.All(page.Items, o => Assert.Equal("Agro Sul Insumos Ltda", o.VendorName));
        Assert.All(page.Items, o => Assert.Equal(13, o.VendorId));
    }

    [Fact]
    public async Task A_vendor_lists_only_its_orders_and_every_page_is_read()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server =>
        {
            for (var i = 0; i < 25; i++)
            {
                server.AddPurchaseOrder(Purchase(new LocalDate(2026, 11, 1 + (i % 28)), vendor: i % 2 == 0 ? 13 : 14));
            }
        });

        var orders = new List<PurchaseOrder>();
        await foreach (var order in harness.Client.PurchaseOrders.ListAllAsync(new PurchaseOrderListOptions { VendorId = 13, PageSize = 5 }))
        {
            orders.Add(order);
        }

        Assert.Equal(13, orders.Count);
        Assert.All(orders, o => Assert.Equal(13, o.VendorId));
    }

    [Fact]
    public async Task One_order_comes_with_its_lines_read_from_the_lines_API()
    {
        long number = 0;
        await using var harness = await SdkHarness.CreateAsync(seed: server => number = server.AddPurchaseOrder(
            Purchase(new LocalDate(2026, 11, 5), 13, new FakePurchaseOrderLine("MP-ADUBO", 100m, "KG", 4.35m), new FakePurchaseOrderLine("MP-SEMENTE", 20m, "SC", 310m))));

        var order = await harness.Client.PurchaseOrders.GetAsync(number);

        Assert.Equal(number, order.OrderNumber);
        Assert.Equal(new LocalDate(2026, 11, 5), order.OrderDate);
        Assert.Equal(["MP-ADUBO", "MP-SEMENTE"], order.Lines!.Select(l => l.ItemCode));
        Assert.Equal([100m, 20m], order.Lines!.Select(l => l.Quantity!.Value));
        Assert.Equal([435m, 6200m], order.Lines!.Select(l => l.TotalPriceInDefaultCurrency!.Value));
        Assert.All(order.Lines!, l => Assert.Equal(number, l.OrderNumber));
        Assert.Contains(harness.Server.Journal.Entries, e => e.Route == "ccp/v2/purchaseOrderLines" && e.QueryValue("orderNumber") == number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_unknown_order_is_an_error_that_says_so_never_an_empty_order()
    {
        await using var harness = await SdkHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => harness.Client.PurchaseOrders.GetAsync(999));

        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task A_failing_list_is_an_exception_not_an_empty_page()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddPurchaseOrder(Purchase(new LocalDate(2026, 11, 5))));
        harness.Server.Faults.On("GET", harness.Server.Routes.PurchaseOrders).Always().RespondWithStatus(500);

        await Assert.ThrowsAnyAsync<TotvsException>(() => harness.RunAsync(() => harness.Client.PurchaseOrders.ListAsync(new PurchaseOrderListOptions { OrderedFrom = new LocalDate(2026, 11, 1) })));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_before_any_request()
    {
        await using var harness = await SdkHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.PurchaseOrders.ListAsync(
            new PurchaseOrderListOptions { OrderedFrom = new LocalDate(2026, 11, 30), OrderedTo = new LocalDate(2026, 11, 1) }));

        Assert.Contains("2026-11-30", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Journal.Entries);
    }

    [Fact]
    public async Task A_release_that_names_the_lines_route_otherwise_is_followed_by_configuration()
    {
        long number = 0;
        await using var harness = await SdkHarness.CreateAsync(
            seed: server => number = server.AddPurchaseOrder(Purchase(new LocalDate(2026, 11, 5))),
            configure: options => options.Routes.PurchaseOrderLines = "ccp/v2/purchaseOrderLinesV2",
            serverOptions: options => options.Routes.PurchaseOrderLines = "ccp/v2/purchaseOrderLinesV2");

        var order = await harness.Client.PurchaseOrders.GetAsync(number);

        Assert.Single(order.Lines!);
        Assert.Contains(harness.Server.Journal.Entries, e => e.Route == "ccp/v2/purchaseOrderLinesV2");
    }

    [Fact]
    public async Task A_release_that_spells_a_field_otherwise_is_read_through_the_configured_map()
    {
        var handler = new StubHandler(request => request.RequestUri!.AbsolutePath.Contains("purchaseOrderLines", StringComparison.Ordinal)
            ? (200, """{"hasNext":false,"items":[{"orderLineNumber":285001,"orderNumber":190001,"itemCode":"MP-ADUBO","quantity":100}]}""")
            : (200, """{"orderNumber":190001,"orderDate":"2026-11-05","vendorId":13,"nomeEmitente":"Agro Sul Insumos Ltda"}"""));
        var client = StubHandler.CreateClient(handler, options => options.FieldNames["PurchaseOrders"] = new() { ["vendorName"] = "nomeEmitente" });

        var order = await client.PurchaseOrders.GetAsync(190001);

        Assert.Equal("Agro Sul Insumos Ltda", order.VendorName);
        Assert.Equal("MP-ADUBO", Assert.Single(order.Lines!).ItemCode);
    }
}
