using System.Diagnostics;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>
/// Streams one catalog size in this (fresh) process, with a given <c>PrefetchPages</c>, and reports the peak managed heap
/// seen after each page, what the client still holds after a full collection, and the process's peak working set: run it once per
/// size to compare 10k with 100k.
/// </summary>
internal static class PeakMemoryProbe
{
    public static async Task<int> RunAsync(int total, int prefetch)
    {
        var client = SkuStreaming.CreateClient(total);
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peakManaged = 0;
        long peakLive = 0;
        var pages = 0;
        var clock = Stopwatch.StartNew();
        var count = await SkuStreaming.StreamAsync(
            client,
            () =>
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                if (++pages % 10 == 0)
                {
                    // What is reachable at this page boundary (the pages fetched ahead included), without the garbage the
                    // young generation holds until its budget fills: this is what must not grow with the count.
                    peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            },
            prefetch);
        clock.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(client);
        var onePage = await OnePageAsync(client);

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"skus={count} pageSize={SkuStreaming.PageSize} prefetch={prefetch} elapsedMs={clock.ElapsedMilliseconds} " +
            $"baselineManagedMB={baseline / 1048576.0:F1} peakManagedMB={peakManaged / 1048576.0:F1} peakLiveKB={peakLive / 1024.0:F0} onePageKB={onePage / 1024.0:F0} retainedAfterFullGcKB={retained / 1024.0:F0} " +
            $"peakWorkingSetMB={process.PeakWorkingSet64 / 1048576.0:F1} gen0={GC.CollectionCount(0)} gen2={GC.CollectionCount(2)}");
        return count == total ? 0 : 1;
    }

    /// <summary>What one page of records costs on the heap while it is held: the unit of "N pages above sequential".</summary>
    private static async Task<long> OnePageAsync(TotvsEcommerceClient client)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var page = await client.Skus.ListAsync(new Skus.SkuListOptions { PageSize = SkuStreaming.PageSize });
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(page);
        return held;
    }
}
