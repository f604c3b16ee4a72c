using Spectre.Console;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;

namespace Totvs.Ecommerce.Sdk.Samples;

/// <summary>
/// Sample 1, the catalog publisher: pulls what the ERP publishes to a store, as the store would receive it, with
/// a checkpoint per resource so a re-run pulls only what changed. Against the embedded fake it changes a price
/// and a balance in the ERP and runs again, to show the incremental pull.
/// </summary>
public static class CatalogPublisherApp
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        await using var host = SampleHost.Create(args, SeedStore);
        host.WriteBanner(console, "Catalog publisher");
        var state = host.OpenState("catalog-publisher");
        var pull = new IncrementalPull(state);
        var store = host.StoreCode;

        try
        {
            var first = await PublishAsync(host.Client, pull, store, console, "Full pull");
            if (host.Fake is { } fake)
            {
                // Something changes in the ERP: a new price and a new balance.
                fake.SetPrice("ECOM", "IT000002", 19.90m);
                fake.SetBalance("IT000003", "1", "ECO", 7);
                fake.UpsertItem(new FakeItem { ItemCode = "IT000004", Description = "Item renamed in the ERP", FamilyCode = "F01" });
                var second = await PublishAsync(host.Client, pull, store, console, "Incremental pull (after changes in the ERP)");
                console.MarkupLine($"The re-run received [bold]{second}[/] record(s) instead of {first}: only what changed.");
            }
        }
        catch (TotvsApiException ex)
        {
            console.MarkupLineInterpolated($"[red]Datasul call failed:[/] {ex.Message}");
            return 1;
        }

        console.MarkupLineInterpolated($"Checkpoints kept in {state.DatabasePath}; run again with --state {state.DatabasePath} to continue from them.");
        return 0;
    }

    private static async Task<long> PublishAsync(TotvsEcommerceClient client, IncrementalPull pull, string store, IAnsiConsole console, string title)
    {
        var counts = new List<(string Resource, long Records)>();
        async Task Pull<TRecord, TOptions>(string name, EcommerceCollectionClient<TRecord, TOptions> source, TOptions options)
            where TRecord : class
            where TOptions : EcommerceListOptions
        {
            var result = await pull.RunAsync($"{name}-{store}", source, options, (_, _) => Task.CompletedTask);
            counts.Add((name, result.Records));
        }

        await Pull("families", client.Families, new FamilyListOptions { StoreCode = store, PageSize = 100 });
        await Pull("products", client.Products, new ProductListOptions { StoreCode = store, PageSize = 100 });
        await Pull("skus", client.Skus, new SkuListOptions { StoreCode = store, PageSize = 100 });
        await Pull("price-tables", client.PriceTables, new PriceTableListOptions { StoreCode = store });
        await Pull("prices", client.PriceItems, new PriceItemListOptions { StoreCode = store, PageSize = 100 });
        await Pull("stock", client.StockBalances, new StockBalanceListOptions { StoreCode = store, PageSize = 100 });

        var table = new Table().Title(title).AddColumn("Resource").AddColumn(new TableColumn("Records received").RightAligned());
        foreach (var (resource, records) in counts)
        {
            table.AddRow(resource, records.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return counts.Sum(c => c.Records);
    }

    private static void SeedStore(FakeDatasulServer fake) =>
        fake.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(40, seed: 42);
}
