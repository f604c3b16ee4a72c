using NodaTime;
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Samples;

/// <summary>
/// The quickstart: what a connector does, in one run. Reads the catalog a store receives (families, then only
/// what changed), sends an order into the ERP exactly once, and, against the embedded fake, lets the ERP invoice
/// it and reads the NF-e back as the store's invoice notification.
/// </summary>
public static class QuickstartApp
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        await using var host = SampleHost.Create(args, SeedStore);
        host.WriteBanner(console, "Totvs.Ecommerce.Sdk quickstart");
        var client = host.Client;
        var store = host.StoreCode;
        try
        {
            // 1. The catalog: every family, page by page, as the store receives it.
            var startedAt = SystemClock.Instance.GetCurrentInstant();
            var families = new List<Family>();
            await foreach (var family in client.Families.ListAllAsync(new FamilyListOptions { StoreCode = store, PageSize = 5 }))
            {
                families.Add(family);
            }

            var products = await client.Products.ListAsync(new ProductListOptions { StoreCode = store, PageSize = 100 });
            console.MarkupLineInterpolated($"1. Store {store} publishes [bold]{families.Count}[/] families and [bold]{products.Items.Count}[/] items (read in pages).");

            // 2. An incremental sync asks only for what changed since the last run started.
            host.Fake?.UpsertFamily("FER", "Ferramentas e acessórios");
            var changed = await client.Families.ListAsync(new FamilyListOptions { StoreCode = store, ChangedSince = startedAt });
            console.MarkupLineInterpolated($"2. Incremental sync: [bold]{changed.Items.Count}[/] family changed since {startedAt} ({string.Join(", ", changed.Items.Select(f => $"{f.Code} {f.Description}"))}).");

            if (host.Fake is not { } fake)
            {
                console.MarkupLine("Done (orders are only sent to the embedded fake by this sample).");
                return 0;
            }

            // 3. An order into the ERP, exactly once: sending it twice creates nothing.
            var order = QuickstartOrder(store, products.Items[0]);
            var created = await client.Orders.CreateAsync(order);
            var again = await client.Orders.CreateAsync(order);
            console.MarkupLineInterpolated($"3. Order {created.Record.OrderId} [green]{created.Outcome}[/]; sent again: [green]{again.Outcome}[/] (still {fake.Orders.Count} order in the ERP).");

            // 4. The ERP invoices it; the store gets the NF-e back.
            fake.InvoiceOrder(created.Record.OrderId!.Value, trackingNumber: "BR123456789");
            var invoice = (await client.Invoices.ListAsync(new InvoiceListOptions { StoreCode = store, ChangedSince = startedAt })).Items.Single();
            var notification = VtexInvoiceMapper.ToNotification(invoice);
            console.MarkupLineInterpolated($"4. Invoiced: NF-e {invoice.InvoiceNumber}, value {Money.Brl(invoice.TotalValue)} (sent to the store as {notification.InvoiceValue} cents), key {invoice.AccessKey.ToGroupedString()}.");
            console.MarkupLine("Done: catalog read, order sent exactly once, invoice back.");
            return 0;
        }
        catch (TotvsApiException ex)
        {
            console.MarkupLineInterpolated($"[red]Datasul call failed:[/] {ex.Message}");
            return 1;
        }
    }

    private static Order QuickstartOrder(string store, Product product) => new()
    {
        CustomerOrderId = "Q-0001",
        ShortName = "14538220620",
        EcommerceCustomerPersonalId = CpfOrCnpj.Parse("145.382.206-20"),
        EmissionDate = new LocalDate(2026, 3, 1),
        ImplantationDate = new LocalDate(2026, 3, 1),
        EcommerceDeliveryAddress = new OrderDeliveryAddress { State = Uf.Parse("SP") },
        EcommerceStoreCode = store,
        EcommerceOrderId = "1390000000001-01",
        PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO", Installments = 1 },
        OrderItems = [new OrderItem { ItemCode = product.ItemCode, OriginalPrice = 99.90m, QuantityBilling = 1 }],
    };

    private static void SeedStore(FakeDatasulServer fake)
    {
        fake.AddStore("1")
            .WithPriceTable("ECOM", "1")
            .WithDeposit("1", "ECO")
            .WithFamily("FER", "Ferramentas")
            .WithFamily("ELE", "Material elétrico")
            .WithFamily("HID", "Hidráulica")
            .WithFamily("TIN", "Tintas e vernizes")
            .WithFamily("JAR", "Jardinagem")
            .WithFamily("ILU", "Iluminação")
            .WithItem("FUR-001", "Furadeira de impacto 650 W", 399.90m, 12, "FER", gtin: "7891000000014")
            .WithItem("LAM-010", "Lâmpada LED 9 W", 12.90m, 300, "ILU")
            .WithItem("TIN-018", "Tinta acrílica 18 L", 289.00m, 20, "TIN");
    }
}
