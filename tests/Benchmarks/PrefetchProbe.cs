using System.Diagnostics;
using System.Globalization;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Pacing;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>
/// A measured program (one long run per setting, not BenchmarkDotNet's many short ones): a catalog of SKUs streamed from
/// the fake over loopback that answers each page after a fixed service time, with the caller spending a fixed time per
/// record. Sequential, the run takes fetching + processing; fetching ahead, about the longer of the two; with N pages at
/// once, fetching takes about 1/N of its sequential time.
/// </summary>
internal static class PrefetchProbe
{
    public static async Task<int> RunAsync(int pages, int pageMilliseconds, int microsecondsPerRecord)
    {
        const int PageSize = 1000;
        var server = new FakeDatasulServer();
        server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(pages * PageSize, seed: 7);
        server.Capacity = new FakeErpCapacity
        {
            Routes = new Dictionary<string, FakeServiceTime> { [$"GET {server.Routes.Skus}"] = new(TimeSpan.FromMilliseconds(pageMilliseconds)) },
        };
        await using var host = await server.StartLoopbackAsync();
        var client = new TotvsEcommerceClient(server.CreateClientOptions(host.BaseAddress));
        var perRecord = TimeSpan.FromTicks(microsecondsPerRecord * TimeSpan.TicksPerMillisecond / 1000);

        Console.WriteLine($"{pages} pages of {PageSize} SKUs over loopback, {pageMilliseconds} ms per page, {microsecondsPerRecord} µs of work per SKU");
        var fetching = await MeasureAsync(client, PageSize, prefetch: 0, parallel: 1, TimeSpan.Zero);
        var processing = TimeSpan.FromTicks(perRecord.Ticks * pages * PageSize);
        Console.WriteLine(Invariant($"  fetching alone: {fetching.TotalSeconds:0.00} s; processing alone: {processing.TotalSeconds:0.00} s; sum {(fetching + processing).TotalSeconds:0.00} s; longer {Max(fetching, processing).TotalSeconds:0.00} s"));
        foreach (var prefetch in new[] { 0, 1, 4 })
        {
            var elapsed = await MeasureAsync(client, PageSize, prefetch, parallel: 1, perRecord);
            Console.WriteLine(Invariant(
                $"  PrefetchPages = {prefetch}: {elapsed.TotalSeconds:0.00} s = {elapsed / Max(fetching, processing):0.00} × the longer, {elapsed / (fetching + processing):0.00} × the sum"));
        }

        foreach (var parallel in new[] { 2, 4, 8 })
        {
            var fetchingInParallel = await MeasureAsync(client, PageSize, prefetch: 1, parallel, TimeSpan.Zero);
            var elapsed = await MeasureAsync(client, PageSize, prefetch: 1, parallel, perRecord);
            var bound = TimeSpan.FromMilliseconds(1.1 * pages * pageMilliseconds / parallel) + processing;
            Console.WriteLine(Invariant(
                $"  ParallelPages = {parallel}: fetching alone {fetchingInParallel.TotalSeconds:0.00} s; with processing {elapsed.TotalSeconds:0.00} s = {elapsed / bound:0.00} × the bound 1.1 × ({pages} × {pageMilliseconds} ms / {parallel}) + processing ({bound.TotalSeconds:0.00} s)"));
        }

        return 0;
    }

    private static async Task<TimeSpan> MeasureAsync(TotvsEcommerceClient client, int pageSize, int prefetch, int parallel, TimeSpan perRecord)
    {
        var started = Stopwatch.GetTimestamp();
        var count = 0;
        var options = new SkuListOptions { StoreCode = "1", PageSize = pageSize, PrefetchPages = prefetch, ParallelPages = parallel };
        await foreach (var sku in client.Skus.ListAllAsync(options))
        {
            count += sku.SkuId.Length > 0 ? 1 : 0;
            Work(perRecord); // the caller's processing: busy, as a mapping and a write to a store would be
        }

        return Stopwatch.GetElapsedTime(started);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static void Work(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            Thread.SpinWait(20);
        }
    }

    internal static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
