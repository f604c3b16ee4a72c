using System.Diagnostics;
using System.Globalization;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.TestData;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Pacing;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>
/// A measured program of the template connector's main job, as its services do it, against the fake over loopback with a
/// latency model: the order intake (<see cref="DocumentSyncLedger.ProcessDueAsync"/> over a SQLite ledger, K in flight)
/// against the ideal <c>orders × service time / K</c>; and the catalog pull (<see cref="IncrementalPull"/> with the page
/// fetched ahead, checkpoints in SQLite) against the longer of fetching and processing.
/// </summary>
internal static class ConnectorJobProbe
{
    public static async Task<int> RunAsync(int orders, int postMilliseconds, int concurrency, int pages, int pageMilliseconds, int microsecondsPerRecord)
    {
        var folder = Directory.CreateTempSubdirectory("totvs-job-probe-");
        try
        {
            var intake = await OrderIntakeAsync(Path.Combine(folder.FullName, "orders.db"), orders, postMilliseconds, concurrency);
            var pull = await CatalogPullAsync(Path.Combine(folder.FullName, "catalog.db"), pages, pageMilliseconds, microsecondsPerRecord);
            return intake && pull ? 0 : 1;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<bool> OrderIntakeAsync(string stateFile, int count, int postMilliseconds, int concurrency)
    {
        var server = new FakeDatasulServer();
        server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithItem("FUR-001", "Furadeira", 399.90m, 10_000_000);
        server.Capacity = new FakeErpCapacity
        {
            Routes = new Dictionary<string, FakeServiceTime> { [$"POST {server.Routes.Orders}"] = new(TimeSpan.FromMilliseconds(postMilliseconds)) },
        };
        await using var host = await server.StartLoopbackAsync();
        var client = new TotvsEcommerceClient(server.CreateClientOptions(host.BaseAddress));
        var orders = Enumerable.Range(1, count).Select(NumberedOrders.Number).ToDictionary(o => o.CustomerOrderId!);
        var store = new SqliteSyncStore(stateFile);
        var ledger = new DocumentSyncLedger(store, "orders", new DocumentLedgerOptions { Pace = new OrderBatchOptions { MaxConcurrency = concurrency } });

        // As the template's order intake: the new orders into the ledger, then the due ones sent at the ERP's pace.
        var started = Stopwatch.GetTimestamp();
        await ledger.AddAsync(orders.Keys);
        var run = await ledger.ProcessDueAsync((key, ct) => client.Orders.CreateAsync(orders[key], ct), batchSize: 2 * concurrency);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var ideal = TimeSpan.FromMilliseconds((double)count * postMilliseconds / concurrency);
        var exact = server.Orders.Count == count && server.Orders.Select(o => o.CustomerOrderId).Distinct().Count() == count && run.Synced == count;
        Console.WriteLine(Invariant(
            $"order intake: {count} orders through the SQLite ledger, {postMilliseconds} ms per POST, K = {concurrency}: {elapsed.TotalSeconds:0.00} s = {elapsed / ideal:0.000} × the ideal {ideal.TotalSeconds:0.00} s (target ≤ 1.15); peak at the ERP {server.PeakConcurrentRequests}; {server.Orders.Count} orders in the ERP, {run.Synced} synced, exactly once: {exact}"));
        return exact;
    }

    private static async Task<bool> CatalogPullAsync(string stateFile, int pages, int pageMilliseconds, int microsecondsPerRecord)
    {
        const int PageSize = 1000;
        var server = new FakeDatasulServer();
        server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(pages * PageSize, seed: 7);
        server.Capacity = new FakeErpCapacity
        {
            Routes = new Dictionary<string, FakeServiceTime> { [$"GET {server.Routes.Products}"] = new(TimeSpan.FromMilliseconds(pageMilliseconds)) },
        };
        await using var host = await server.StartLoopbackAsync();
        var client = new TotvsEcommerceClient(server.CreateClientOptions(host.BaseAddress));
        var perRecord = TimeSpan.FromTicks(microsecondsPerRecord * TimeSpan.TicksPerMillisecond / 1000);
        var options = new ProductListOptions { StoreCode = "1", PageSize = PageSize };

        // Fetching alone: the same pages, nothing done with them.
        var started = Stopwatch.GetTimestamp();
        await new IncrementalPull(new SqliteSyncStore(stateFile + ".fetch")).RunAsync("products-1", client.Products, options, (_, _) => Task.CompletedTask);
        var fetching = Stopwatch.GetElapsedTime(started);
        var processing = TimeSpan.FromTicks(perRecord.Ticks * pages * PageSize);

        // As the template's catalog pull: the next page fetched while this one is published, a checkpoint after each.
        var pull = new IncrementalPull(new SqliteSyncStore(stateFile), new IncrementalPullOptions { PrefetchNextPage = true });
        long records = 0;
        started = Stopwatch.GetTimestamp();
        var run = await pull.RunAsync("products-1", client.Products, options, (page, _) =>
        {
            foreach (var product in page)
            {
                records += product.ItemCode.Value.Length > 0 ? 1 : 0;
                PrefetchProbe.Work(perRecord); // the store's side: mapping and publishing, busy
            }

            return Task.CompletedTask;
        });
        var elapsed = Stopwatch.GetElapsedTime(started);
        var longer = PrefetchProbe.Max(fetching, processing);
        Console.WriteLine(Invariant(
            $"catalog pull: {pages} pages of {PageSize} items, {pageMilliseconds} ms per page, {microsecondsPerRecord} µs per record: fetching alone {fetching.TotalSeconds:0.00} s, processing {processing.TotalSeconds:0.00} s; the pull {elapsed.TotalSeconds:0.00} s = {elapsed / longer:0.000} × the longer (target ≤ 1.1); {run.Records} records over {run.Pages} pages"));
        return records == pages * PageSize;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
