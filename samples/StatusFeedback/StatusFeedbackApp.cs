using NodaTime;
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Samples;

/// <summary>
/// Sample 3, status feedback: pulls the invoices and the order changes the ERP made since the last run and turns
/// them into what the store needs: an invoice notification (cents, access key) per invoiced order, and the
/// orders to cancel. Against the embedded fake it first places orders, then invoices and cancels some in the ERP.
/// </summary>
public static class StatusFeedbackApp
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        await using var host = SampleHost.Create(args, SeedStore);
        host.WriteBanner(console, "Status feedback");
        var checkpoints = new InMemorySyncStore();
        var pull = new IncrementalPull(checkpoints);
        var store = host.StoreCode;
        if (host.Fake is { } fake)
        {
            // Mark what the store already knows, then let the ERP work.
            await pull.RunAsync($"invoices-{store}", host.Client.Invoices, new InvoiceListOptions { StoreCode = store }, (_, _) => Task.CompletedTask);
            await pull.RunAsync($"orders-{store}", host.Client.Orders, new OrderListOptions { StoreCode = store }, (_, _) => Task.CompletedTask);
            await WorkInTheErpAsync(host.Client, fake);
        }

        var notifications = new List<(Invoice Invoice, VtexInvoiceNotification Notification)>();
        await pull.RunAsync($"invoices-{store}", host.Client.Invoices, new InvoiceListOptions { StoreCode = store, Direction = InvoiceDirection.Output },
            (page, _) =>
            {
                notifications.AddRange(page.Select(i => (i, VtexInvoiceMapper.ToNotification(i))));
                return Task.CompletedTask;
            });
        var cancelled = new List<Order>();
        await pull.RunAsync($"orders-{store}", host.Client.Orders, new OrderListOptions { StoreCode = store },
            (page, _) =>
            {
                cancelled.AddRange(page.Where(o => o.OrderSituation == OrderSituation.Cancelled));
                return Task.CompletedTask;
            });

        var invoices = new Table().Title("Invoice notifications for the store").AddColumn("Store order").AddColumn("NF-e").AddColumn("Value").AddColumn("Access key");
        foreach (var (invoice, notification) in notifications)
        {
            invoices.AddRow(Markup.Escape(invoice.EcommerceOrderId ?? "-"), notification.InvoiceNumber, Markup.Escape(Money.Brl(invoice.TotalValue)), notification.InvoiceKey);
        }

        console.Write(invoices);
        if (notifications.Count > 0)
        {
            console.WriteLine(VtexInvoiceMapper.ToJson(notifications[0].Notification));
        }

        var cancellations = new Table().Title("Orders to cancel in the store").AddColumn("Store order").AddColumn("ERP order").AddColumn("Reason").AddColumn("VTEX call");
        foreach (var order in cancelled)
        {
            var cancellation = VtexCancellationMapper.ToCancellation(order);
            cancellations.AddRow(
                Markup.Escape(order.EcommerceOrderId ?? "-"), $"{order.OrderId}", Markup.Escape(order.CancellationReason ?? string.Empty),
                Markup.Escape(cancellation is null ? "-" : $"POST {cancellation.RequestPath} {VtexCancellationMapper.ToJson(cancellation)}"));
        }

        console.Write(cancellations);
        console.MarkupLineInterpolated($"{notifications.Count} invoice(s) and {cancelled.Count} cancellation(s) to send to the store.");
        return 0;
    }

    private static async Task WorkInTheErpAsync(TotvsEcommerceClient client, FakeDatasulServer fake)
    {
        var generator = new FakeSalesGenerator(7);
        var catalog = new FakeCatalogGenerator(42).Items(10).Select(i => (i.Item.ItemCode, i.Price)).ToList();
        var day = new LocalDate(2026, 3, 1);
        var placed = new List<Order>();
        for (var i = 0; i < 4; i++)
        {
            placed.Add((await client.Orders.CreateAsync(generator.Order(catalog, "1", day))).Record);
        }

        foreach (var order in placed)
        {
            var id = order.OrderId!.Value;
            switch (order.PaymentMethod?.Type)
            {
                case PaymentMethodType.Boleto or PaymentMethodType.BankTransfer:
                    fake.ReversePaymentTitle(id); // the customer never paid: the title is reversed and the order cancelled
                    break;
                case PaymentMethodType.Invoiced:
                    fake.ApproveCredit(id);
                    fake.InvoiceOrder(id, trackingNumber: $"BR{id}");
                    break;
                default:
                    fake.InvoiceOrder(id, trackingNumber: $"BR{id}");
                    break;
            }
        }
    }

    private static void SeedStore(FakeDatasulServer fake) =>
        fake.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(10, seed: 42);
}
