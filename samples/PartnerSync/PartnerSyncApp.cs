using NodaTime;
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.PurchaseOrders;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Samples;

/// <summary>
/// Sample 4, a partner system's sync (seed 000): imports the ERP's purchase orders for a period in short date windows
/// with a progress bar; maps ERP items to the partner's product types and packaging and validates the map
/// against the ERP; keeps a per-document status and resyncs the failed documents once fixed; sends the
/// partner's sales as plain sales orders with a unit price required on every line. <c>samples/PartnerApp</c> is the
/// same with its screens.
/// </summary>
public static class PartnerSyncApp
{
    private static readonly CpfOrCnpj Supplier = CpfOrCnpj.Parse("11.444.777/0001-61");

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        await using var host = SampleHost.Create(args, SeedErp);
        host.WriteBanner(console, "Partner sync");
        var client = host.Client;
        var from = new LocalDate(2026, 1, 1);
        var to = new LocalDate(2026, 2, 28);

        // 1. Product map, validated against what the ERP publishes.
        var erpItems = new List<string>();
        await foreach (var product in client.Products.ListAllAsync(new ProductListOptions { StoreCode = host.StoreCode, PageSize = 100 }))
        {
            erpItems.Add(product.ItemCode.Value);
        }

        // The map and the ledgers live in a SQLite file, so a second run resumes where the first stopped.
        var state = host.OpenState("partner-sync");
        var map = new ProductMap(state);
        foreach (var item in erpItems.Skip(1))
        {
            await map.MapAsync(new ProductMapping(item, "INSUMO", "CX-12"));
        }

        var problems = await map.ValidateAsync(erpItems);
        console.MarkupLineInterpolated($"Product map: {(await map.ListAsync()).Count} mapping(s), {problems.Count} problem(s).");
        foreach (var problem in problems)
        {
            console.MarkupLineInterpolated($"  [yellow]{problem.Field}[/]: {problem.Message}");
        }

        // 2. Purchases by date windows, with a per-document status.
        var ledger = new DocumentSyncLedger(state, "purchases");
        var purchases = new Dictionary<string, long>();
        var windows = DateWindows.Split(from, to, days: 7);
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"Importing purchases {from:uuuu-MM-dd}..{to:uuuu-MM-dd}", maxValue: windows.Count);
            foreach (var window in windows)
            {
                await foreach (var order in client.PurchaseOrders.ListAllAsync(new PurchaseOrderListOptions { OrderedFrom = window.First, OrderedTo = window.Last }))
                {
                    var key = $"PC {order.OrderNumber}";
                    purchases[key] = order.OrderNumber;
                    await ledger.SendAsync(key, ct => Import(client, order.OrderNumber, map, ct));
                }

                task.Increment(1);
            }
        });
        await ShowStatusAsync(console, "Purchases after the first import", ledger);

        // The user maps the missing item; the failed documents are synchronised again.
        foreach (var problem in problems)
        {
            await map.MapAsync(new ProductMapping(problem.Field, "INSUMO", "UN"));
        }

        foreach (var failed in await ledger.ListAsync(DocumentSyncState.Problem))
        {
            await ledger.ForceRetryAsync(failed.DocumentKey); // "fix it and sync again"
        }

        await ledger.ProcessDueAsync((key, ct) => Import(client, purchases[key], map, ct));
        await ShowStatusAsync(console, "Purchases after mapping the missing item", ledger);

        // 3. Sales, with a unit price required on every line.
        var sales = new DocumentSyncLedger(state, "sales");
        var day = new LocalDate(2026, 3, 2);
        if (host.Fake is not null)
        {
            await RegisterBuyersAsync(client); // the buyers are in the ERP's customer register
        }

        foreach (var sale in Sales(erpItems))
        {
            await sales.SendAsync(sale.Number, ct => SendSaleAsync(client, sale, day, ct));
        }

        await ShowStatusAsync(console, "Sales sent to the ERP", sales);
        var unsynced = (await sales.ListAsync(DocumentSyncState.Problem)).Count;
        console.MarkupLine(unsynced == 0
            ? "[green]All selected items synchronised.[/]"
            : $"[yellow]{unsynced} sale(s) not synchronised; fix them and sync again.[/]");
        return 0;
    }

    private static async Task Import(TotvsEcommerceClient client, long orderNumber, ProductMap map, CancellationToken cancellationToken)
    {
        var order = await client.PurchaseOrders.GetAsync(orderNumber, cancellationToken);
        var unmapped = new List<string>();
        foreach (var code in (order.Lines ?? []).Select(l => l.ItemCode!))
        {
            if (await map.FindAsync(code, cancellationToken) is null)
            {
                unmapped.Add(code);
            }
        }

        if (unmapped.Count > 0)
        {
            throw new ArgumentException($"Item(s) {string.Join(", ", unmapped)} have no partner product; map them and sync again.");
        }
    }

    private static async Task SendSaleAsync(TotvsEcommerceClient client, PartnerSale sale, LocalDate day, CancellationToken cancellationToken)
    {
        var unpriced = sale.Lines.Where(l => l.UnitPrice is null or <= 0).Select(l => l.ItemCode).ToList();
        if (unpriced.Count > 0)
        {
            throw new ArgumentException($"Set a unit price for {string.Join(", ", unpriced)} before sending.");
        }

        // A plain sales order: the published fields only, no store to configure.
        await client.Orders.CreateAsync(new Order
        {
            CustomerOrderId = sale.Number,
            ShortName = sale.CustomerShortName,
            EmissionDate = day,
            ImplantationDate = day,
            OrderItems = sale.Lines.Select(l => new OrderItem { ItemCode = ItemCode.Parse(l.ItemCode), QuantityBilling = l.Quantity, OriginalPrice = l.UnitPrice!.Value }).ToList(),
        }, cancellationToken);
    }

    private static async Task RegisterBuyersAsync(TotvsEcommerceClient client)
    {
        foreach (var (shortName, document) in new[] { ("JOAO-SILVA", "145.382.206-20"), ("MARIA-SOUZA", "529.982.247-25"), ("MERCADO-SOL", "11.222.333/0001-81") })
        {
            var company = document.Length > 14;
            await client.Customers.CreateAsync(new Customer
            {
                ShortName = shortName, CustomerName = shortName, CustomerGroup = 10, Modality = CollectionModality.SimpleCollection, RepresentativeCode = 1,
                Country = "Brasil", Address = "Rua do Comércio, 10", EntityType = company ? EntityType.Company : EntityType.Individual,
                PersonalId = document, State = "SP", ZipCode = "01310-100",
            });
        }
    }

    private static IEnumerable<PartnerSale> Sales(IReadOnlyList<string> items) =>
    [
        new("S-0001", "JOAO-SILVA", [(items[0], 2, 15.90m), (items[1], 1, 42m)]),
        new("S-0002", "MARIA-SOUZA", [(items[2], 5, null)]),
        new("S-0003", "MERCADO-SOL", [(items[3], 10, 7.35m)]),
    ];

    private static async Task ShowStatusAsync(IAnsiConsole console, string title, DocumentSyncLedger ledger)
    {
        var table = new Table().Title(title).AddColumn("Document").AddColumn("Status").AddColumn("Problem");
        foreach (var status in await ledger.ListAsync())
        {
            table.AddRow(
                Markup.Escape(status.DocumentKey),
                status.State == DocumentSyncState.Synced ? "[green]synchronised[/]" : "[red]problem[/]",
                Markup.Escape(status.Description ?? string.Empty));
        }

        console.Write(table);
    }

    private static void SeedErp(FakeDatasulServer fake)
    {
        fake.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(6, seed: 42);
        var start = new LocalDate(2026, 1, 2);
        for (var i = 0; i < 8; i++)
        {
            // One purchase order a week; the first buys the item the partner has not mapped yet.
            fake.AddPurchaseOrder(new FakePurchaseOrder(start.PlusDays(7 * i), 13, "AGRO-SUL", "Agro Sul Insumos Ltda", Supplier,
                [new FakePurchaseOrderLine($"IT{(i == 0 ? 1 : 2 + (i % 5)):D6}", 10 + i, "UN", 4.5m + i)]));
        }
    }
}
