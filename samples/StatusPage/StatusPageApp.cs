using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Health;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Samples;

/// <summary>
/// Sample 6, the operator's status page: a connector's state with a realistic mix — orders synchronised, refused for an
/// unmapped carrier or an unregistered payment method, pending, given up; a catalog pull — served at <c>/status</c>.
/// "Sync again" on the carrier's order is refused until the carrier is mapped: the sample maps it in the fake after the
/// first refusal, so the second "sync again" succeeds, as after an ERP team's fix in CD0402.
/// </summary>
public static class StatusPageApp
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        await using var host = SampleHost.Create(args, SeedErp);
        host.WriteBanner(console, "Status page");
        var state = host.OpenState("status-page");
        var orders = Orders(host.StoreCode);
        if (host.Fake is not null)
        {
            await MakeHistoryAsync(host.Client, state, orders, host.StoreCode);
        }

        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(host.Configuration["urls"] ?? "http://127.0.0.1:5080");
        builder.Services.AddTotvsSyncStore(state);
        builder.Services.AddHealthChecks().AddCheck("totvs-ecommerce", new TotvsEcommerceHealthCheck(host.Client, host.StoreCode));
        var carrierRefusals = 0;
        builder.Services.AddTotvsStatusPage(status =>
        {
            status.Title = $"Loja {host.StoreCode}";
            status.SendWith("orders", async (_, key, ct) =>
            {
                try
                {
                    await host.Client.Orders.CreateAsync(orders[key], ct);
                }
                catch (TotvsBusinessRuleException refused) when (refused.Code == TotvsErrorCodes.CarrierNotMapped && ++carrierRefusals == 1 && host.Fake is { } erp)
                {
                    erp.AddCarrier("jadlog", 13, "JADLOG"); // the ERP team fixes CD0402 after the first refusal
                    throw;
                }
            });
        });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthorization();

        // Open to anyone who reaches the port: the sample listens on loopback only. A connector requires its operators.
        app.MapTotvsStatusPage("/status").AllowAnonymous();
        await app.StartAsync();
        var page = new Uri(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/status");
        console.MarkupLineInterpolated($"Status page: [link]{page}[/] (state: {state.DatabasePath})");
        if (host.Configuration["once"] is not null)
        {
            using var http = new HttpClient();
            var html = await http.GetStringAsync(page);
            var counts = await state.CountDocumentsAsync(default);
            console.MarkupLineInterpolated($"Served {html.Length:N0} characters: {string.Join(", ", counts.Select(c => $"{c.Kind} {c.State} {c.Count}"))}.");
            await app.StopAsync();
            return 0;
        }

        console.MarkupLine("Ctrl+C to stop.");
        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>What a connector would have left in its state after a day: sends through the ledger, a refusal given up, a pull.</summary>
    private static async Task MakeHistoryAsync(TotvsEcommerceClient client, SqliteSyncStore state, IReadOnlyDictionary<string, Order> orders, string storeCode)
    {
        var ledger = new DocumentSyncLedger(state, "orders");
        foreach (var (key, order) in orders)
        {
            await ledger.SendAsync(key, ct => client.Orders.CreateAsync(order, ct));
        }

        if ((await ledger.FindAsync("V-2004"))?.State == DocumentSyncState.Problem)
        {
            await ledger.GiveUpAsync("V-2004", "Pedido cancelado pelo cliente na loja");
        }

        await ledger.AddAsync(["V-2006"]);
        await new IncrementalPull(state).RunAsync($"products-store-{storeCode}", client.Products, new ProductListOptions { StoreCode = storeCode, PageSize = 5 },
            (_, _) => Task.CompletedTask);
    }

    private static Dictionary<string, Order> Orders(string storeCode)
    {
        Order Order(string id, string carrier = "correios-pac", string payment = "BOLETO") => new()
        {
            CustomerOrderId = id,
            ShortName = "JOAO-SILVA",
            EmissionDate = new LocalDate(2026, 3, 1),
            ImplantationDate = new LocalDate(2026, 3, 1),
            EcommerceCustomerPersonalId = CpfOrCnpj.Parse("145.382.206-20"),
            EcommerceDeliveryAddress = new OrderDeliveryAddress { Street = "Av. Rio Branco, 1", City = "Rio de Janeiro", State = Uf.Parse("RJ"), ZipCode = Cep.Parse("20040-020") },
            EcommerceStoreCode = storeCode,
            EcommerceOrderId = $"{id}-01",
            TradePolicyId = "1",
            CarrierEcommerceId = carrier,
            PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.Boleto, Code = payment, Installments = 1, Value = 419.90m },
            EcommerceFreight = 20m,
            OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("FUR-001"), OriginalPrice = 399.90m, QuantityBilling = 1 }],
        };

        return new Dictionary<string, Order>(StringComparer.Ordinal)
        {
            ["V-2001"] = Order("V-2001"),
            ["V-2002"] = Order("V-2002", carrier: "jadlog"),
            ["V-2003"] = Order("V-2003", payment: "BOLETO-ITAU"),
            ["V-2004"] = Order("V-2004", carrier: "loggi"),
            ["V-2005"] = Order("V-2005"),
        };
    }

    private static void SeedErp(FakeDatasulServer fake)
    {
        fake.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithItem("FUR-001", "Furadeira", 399.90m, 10, "FER").WithGeneratedCatalog(12, seed: 6);
        fake.AddCarrier("correios-pac", 12, "CORREIOS");
    }
}
