using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;
using Xunit.Abstractions;

namespace Totvs.Ecommerce.Sdk.Tests.Reliability;

/// <summary>
/// Orders and catalog syncs over a real socket while 30% of requests meet a fault: nothing is lost, nothing is
/// duplicated. CI runs 2,000 orders; set TOTVS_CHAOS_ORDERS (e.g. 10000) for the full run.
/// </summary>
public sealed class ChaosTests(ITestOutputHelper output)
{
    private static readonly int OrderCount = int.TryParse(Environment.GetEnvironmentVariable("TOTVS_CHAOS_ORDERS"), out var n) ? n : 2_000;

    [Fact]
    public async Task Orders_under_thirty_percent_mixed_faults_end_exactly_once_each()
    {
        await using var harness = await SdkHarness.CreateAsync(ClientTransport.Loopback, SalesSeed.Store,
            resilience: o => o.CircuitBreaker.FailureRatio = 0.95);
        InjectMixedFaults(harness.Server, "POST", harness.Server.Routes.Orders);
        InjectMixedFaults(harness.Server, "GET", harness.Server.Routes.Orders);

        var calls = 0;
        var surfaced = 0;
        await Parallel.ForEachAsync(Enumerable.Range(1, OrderCount), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var order = SalesSeed.Order($"C-{i:D6}");
            CreationResult<Order>? result = null;
            while (result is null)
            {
                Interlocked.Increment(ref calls);
                try
                {
                    result = await harness.RunAsync(() => harness.Client.Orders.CreateAsync(order));
                }
                catch (TotvsApiException ex) when (ex.IsTransient)
                {
                    // The SDK says the order was not confirmed: calling again is safe.
                    Interlocked.Increment(ref surfaced);
                }
            }
        });

        var orders = harness.Server.Orders;
        var journal = harness.Server.Journal.Entries;
        var faults = journal.Count(e => e.Fault is not null);
        output.WriteLine($"CreateAsync calls {calls}, surfaced a (transient) exception {surfaced} ({100.0 * surfaced / calls:F2} %)");
        output.WriteLine($"orders sent {OrderCount}, requests {journal.Count}, faults injected {faults}, in the ERP {orders.Count}, " +
            $"distinct {orders.Select(o => o.CustomerOrderId).Distinct().Count()}; by fault: " +
            string.Join(", ", journal.Where(e => e.Fault is not null).GroupBy(e => e.Fault!.Split(' ')[0]).Select(g => $"{g.Key} {g.Count()}")));
        Assert.Equal(OrderCount, orders.Count);
        Assert.Equal(OrderCount, orders.Select(o => o.CustomerOrderId).Distinct().Count());
        Assert.True(faults > OrderCount / 5, $"Only {faults} faults were injected.");
        Assert.True(surfaced <= calls * 0.005, $"{surfaced} of {calls} CreateAsync calls surfaced an exception (goal: 0.5 % or less).");
    }

    [Fact]
    public async Task A_catalog_sync_under_faults_ends_equal_to_the_fault_free_sync()
    {
        var clean = await SyncCatalogAsync(withFaults: false);
        var chaotic = await SyncCatalogAsync(withFaults: true);

        Assert.Equal(clean, chaotic);
        Assert.Equal(300 * 3, clean.Count);
    }

    private static async Task<List<string>> SyncCatalogAsync(bool withFaults)
    {
        await using var harness = await SdkHarness.CreateAsync(ClientTransport.Loopback, s => s.AddStore("1").WithGeneratedCatalog(300, seed: 5),
            resilience: o => o.CircuitBreaker.FailureRatio = 0.95);
        if (withFaults)
        {
            foreach (var route in new[] { harness.Server.Routes.Products, harness.Server.Routes.PriceItems, harness.Server.Routes.StockBalances })
            {
                InjectMixedFaults(harness.Server, "GET", route);
            }
        }

        var received = new List<string>();
        var pull = new IncrementalPull(new InMemorySyncStore());
        async Task Run<TRecord, TOptions>(string name, EcommerceCollectionClient<TRecord, TOptions> source, TOptions options, Func<TRecord, string> key)
            where TRecord : class
            where TOptions : EcommerceListOptions
        {
            while (true)
            {
                try
                {
                    await harness.RunAsync(() => pull.RunAsync(name, source, options, (page, _) =>
                    {
                        received.AddRange(page.Select(key));
                        return Task.CompletedTask;
                    }));
                    return;
                }
                catch (TotvsApiException ex) when (ex.IsTransient)
                {
                    // The next run resumes at the page that failed.
                }
            }
        }

        await Run("products", harness.Client.Products, new ProductListOptions { PageSize = 25 }, p => $"product {p.ItemCode} {p.Description}");
        await Run("prices", harness.Client.PriceItems, new PriceItemListOptions { PageSize = 25 }, p => $"price {p.ItemCode} {p.Price}");
        await Run("stock", harness.Client.StockBalances, new StockBalanceListOptions { PageSize = 25 }, b => $"stock {b.ItemCode} {b.AvailableQuantity}");
        return received;
    }

    /// <summary>About 30% of the requests: dropped connections, 503, 429 with Retry-After, lost answers, latency spikes.</summary>
    private static void InjectMixedFaults(FakeDatasulServer server, string method, string route)
    {
        var seed = method.Length + route.Length;
        server.Faults.On(method, route).Always().AtRate(0.07, seed + 1).DropConnection();
        server.Faults.On(method, route).Always().AtRate(0.07, seed + 2).RespondWithStatus(503);
        server.Faults.On(method, route).Always().AtRate(0.06, seed + 3).RespondWithStatus(429, TimeSpan.FromSeconds(2));
        server.Faults.On(method, route).Always().AtRate(0.07, seed + 4).LoseAnswerAfterCommit();
        server.Faults.On(method, route).Always().AtRate(0.05, seed + 5).Delay(TimeSpan.FromSeconds(3));
    }
}
