using NodaTime;
using Spectre.Console;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Samples;

/// <summary>
/// Sample 2, order ingestion: every VTEX order file of a folder into the ERP exactly once. A file that cannot
/// be read or mapped is reported with its name and field, and the other files are still processed; a rejection
/// says what to fix. Running it twice creates nothing new.
/// </summary>
public static class OrderIngestionApp
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        await using var host = SampleHost.Create(args, SeedStore);
        host.WriteBanner(console, "Order ingestion");
        var folder = host.Configuration["orders"] ?? Path.Combine(AppContext.BaseDirectory, "orders");
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        var options = new VtexMappingOptions
        {
            StoreCode = host.StoreCode,
            AffiliateRepresentatives = new Dictionary<string, string> { ["MLB"] = "MERCADOLIVRE" },
        };

        // The ledger lives in a SQLite file: a file synchronised by an earlier run is not sent again, a refused one is.
        var state = host.OpenState("order-ingestion");
        var ledger = new DocumentSyncLedger(state, "vtex-order-files");
        await IngestAsync(host.Client, files, options, ledger, console, "First pass");
        if (host.Fake is not null)
        {
            // Exactly once: sending the same files again creates nothing.
            await IngestAsync(host.Client, files, options, ledger, console, "Second pass (same files)");
            console.MarkupLineInterpolated($"Orders in the ERP: [bold]{host.Fake.Orders.Count}[/].");
        }

        var synced = await ledger.ListAsync(DocumentSyncState.Synced);
        var problems = await ledger.ListAsync(DocumentSyncState.Problem);
        console.MarkupLineInterpolated($"{synced.Count} file(s) synchronised, {problems.Count} with problems (ledger: {state.DatabasePath}).");
        return 0;
    }

    private static async Task IngestAsync(
        TotvsEcommerceClient client, IReadOnlyList<string> files, VtexMappingOptions options, DocumentSyncLedger ledger, IAnsiConsole console, string title)
    {
        var table = new Table().Title(title).AddColumn("File").AddColumn("Result").AddColumn("What to fix");
        var today = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[options.ServerTimeZone]).Date; // the ERP's day, not the machine's
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            CreationResult<Order>? created = null;
            var status = await ledger.SendAsync(name, async ct =>
            {
                var vtex = VtexOrderMapper.Parse(await File.ReadAllTextAsync(file, ct));
                var order = VtexOrderMapper.ToDatasulOrder(vtex, options, today);

                // An unknown buyer is registered with the store's data (name, address, CEP) before the order, rather than
                // left for order intake to create from the default group with only a document.
                var customer = VtexCustomerMapper.ToDatasulCustomer(vtex, DefaultGroup, options);
                if (await client.Customers.FindAsync(customer.ShortName, ct) is null)
                {
                    await client.Customers.CreateAsync(customer, ct);
                }

                created = await client.Orders.CreateAsync(order, ct);
            });
            var result = status.State switch
            {
                DocumentSyncState.Synced when created is null => "[green]already synchronised[/]",
                DocumentSyncState.Synced => $"[green]order {created.Record.OrderId} {(created.Outcome == CreationOutcome.AlreadyExisted ? "already in the ERP" : "created")}[/]",
                _ when status.Retryable => "[yellow]failed, will retry[/]",
                _ => "[red]refused[/]",
            };
            table.AddRow(Markup.Escape(name), result, Markup.Escape(status.Description ?? string.Empty));
        }

        console.Write(table);
    }

    /// <summary>The store's default customer group (PD0309), as the ERP has it.</summary>
    private static readonly Domain.Stores.DefaultCustomerGroup DefaultGroup = new() { Group = 10, Portador = "341", Modality = 1, HasCashPaymentCondition = true };

    private static void SeedStore(FakeDatasulServer fake)
    {
        fake.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(10, seed: 42);
        fake.AddCarrier("correios-pac", 12, "CORREIOS");
        fake.AddRepresentative("MERCADOLIVRE");
    }
}
