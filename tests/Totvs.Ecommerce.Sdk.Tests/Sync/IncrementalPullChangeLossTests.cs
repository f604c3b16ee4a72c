using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sync;

/// <summary>
/// The ways an incremental pull could skip a change the ERP made: pages come in key order, not change order, so a change
/// to a page the run has passed is only seen by the next run, which must ask from before the run started.
/// </summary>
public sealed class IncrementalPullChangeLossTests
{
    private static readonly ProductListOptions Options = new() { StoreCode = "1", PageSize = 5 };

    [Fact]
    public async Task A_change_to_a_page_the_run_has_passed_is_pulled_by_the_next_run()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(20, seed: 1));
        var store = new InMemorySyncStore();
        var pull = new IncrementalPull(store, harness.Clock);
        var copy = new Dictionary<string, string>();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var pages = 0;

        await pull.RunAsync("products", harness.Client.Products, Options, (page, _) =>
        {
            Keep(copy, page);
            if (++pages == 2)
            {
                harness.Clock.Advance(TimeSpan.FromMinutes(6));
                Rename(harness, "IT000002", "Changed on page 1 while the run read page 3");
                harness.Clock.Advance(TimeSpan.FromMinutes(6)); // a later page now brings a change more than the overlap after it
                Rename(harness, "IT000018", "Changed on page 4 before the run got there");
            }

            return Task.CompletedTask;
        });
        var received = new List<string>();
        await pull.RunAsync("products", harness.Client.Products, Options, (page, _) => Keep(copy, page, received));

        Assert.Equal(["IT000002"], received); // the change, and not the one page 4 already brought
        Assert.Equal(await ErpCatalogAsync(harness), copy);
    }

    [Fact]
    public async Task A_restart_after_a_downtime_longer_than_the_overlap_loses_no_change_and_repeats_nothing_delivered()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(20, seed: 2));
        var store = new InMemorySyncStore();
        var copy = new Dictionary<string, string>();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var kill = new CancellationTokenSource())
        {
            var pages = 0;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new IncrementalPull(store, harness.Clock).RunAsync(
                "products", harness.Client.Products, Options, async (page, _) =>
                {
                    await Keep(copy, page);
                    if (++pages == 2)
                    {
                        await kill.CancelAsync(); // the process dies after handling page 2, before its checkpoint
                    }
                }, cancellationToken: kill.Token));
        }

        harness.Clock.Advance(TimeSpan.FromMinutes(10)); // down for 20 minutes while the ERP changes
        Rename(harness, "IT000003", "Changed on page 1 while the connector was down");
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        Rename(harness, "IT000017", "Changed on page 4 while the connector was down");
        var restarted = new IncrementalPull(store, harness.Clock);
        var resumed = await restarted.RunAsync("products", harness.Client.Products, Options, (page, _) => Keep(copy, page));
        var received = new List<string>();
        await restarted.RunAsync("products", harness.Client.Products, Options, (page, _) => Keep(copy, page, received));

        Assert.True(resumed.Resumed);
        Assert.Equal(["IT000003"], received); // nor are pages 1 and 2, delivered before the crash, delivered again
        Assert.Equal(await ErpCatalogAsync(harness), copy);
    }

    [Fact]
    public async Task A_single_run_longer_than_the_overlap_while_the_ERP_keeps_changing_leaves_the_copy_equal_to_the_ERP()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(40, seed: 3));
        var store = new InMemorySyncStore();
        var pull = new IncrementalPull(store, harness.Clock);
        var copy = new Dictionary<string, string>();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var changes = 0;

        // Datasul's pace: every page takes three minutes, and meanwhile the ERP changes an item on the page just read and
        // one on the last page, which the run has yet to reach.
        await pull.RunAsync("products", harness.Client.Products, Options, (page, _) =>
        {
            Keep(copy, page);
            harness.Clock.Advance(TimeSpan.FromMinutes(3));
            changes++;
            Rename(harness, page[2].ItemCode.Value, $"Change {changes}, behind the run");
            Rename(harness, $"IT{36 + (changes % 5):D6}", $"Change {changes}, ahead of the run");
            return Task.CompletedTask;
        });
        var second = await pull.RunAsync("products", harness.Client.Products, Options, (page, _) => Keep(copy, page));
        var third = await pull.RunAsync("products", harness.Client.Products, Options, (page, _) => Keep(copy, page));

        Assert.Equal(8, changes); // the run lasted 24 minutes, almost five overlaps
        Assert.True(second.Records > 0);
        Assert.Equal(await ErpCatalogAsync(harness), copy);
        Assert.Equal(0, third.Records); // and once caught up, nothing repeats
    }

    [Fact]
    public async Task A_balance_that_slides_onto_a_page_already_read_when_an_item_leaves_the_store_is_still_pulled()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(20, seed: 4));
        var pull = new IncrementalPull(new InMemorySyncStore(), harness.Clock);
        var options = new Totvs.Ecommerce.Sdk.StockBalances.StockBalanceListOptions { StoreCode = "1", PageSize = 5 };
        var copy = new Dictionary<string, decimal>();
        var pages = 0;

        await pull.RunAsync("stock", harness.Client.StockBalances, options, (page, _) =>
        {
            foreach (var balance in page)
            {
                copy[balance.ItemCode.Value] = balance.AvailableQuantity;
            }

            copy.Remove("IT000002"); // as the store does once the product comes back inactive
            if (++pages == 1)
            {
                harness.Server.UnlinkItem("1", "IT000002"); // its balance leaves the feed: IT000006 slides onto page 1, already read
            }

            return Task.CompletedTask;
        });

        var erp = new Dictionary<string, decimal>();
        await foreach (var balance in harness.Client.StockBalances.ListAllAsync(options))
        {
            erp[balance.ItemCode.Value] = balance.AvailableQuantity;
        }

        Assert.Contains("IT000006", copy.Keys);
        Assert.Equal(erp, copy); // the balance of the item taken out is no longer published: the store unpublishes the item itself
    }

    private static void Rename(SdkHarness harness, string itemCode, string description) =>
        harness.Server.UpsertItem(new FakeItem { ItemCode = itemCode, Description = description, FamilyCode = "F01" });

    private static Task Keep(Dictionary<string, string> copy, IReadOnlyList<Product> page, List<string>? received = null)
    {
        foreach (var product in page)
        {
            copy[product.ItemCode.Value] = product.Description ?? string.Empty;
            received?.Add(product.ItemCode.Value);
        }

        return Task.CompletedTask;
    }

    private static async Task<Dictionary<string, string>> ErpCatalogAsync(SdkHarness harness)
    {
        var erp = new Dictionary<string, string>();
        await foreach (var product in harness.Client.Products.ListAllAsync(Options))
        {
            erp[product.ItemCode.Value] = product.Description ?? string.Empty;
        }

        return erp;
    }
}
