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
        var clock = Stopwatch.StartNew();
        var count = await SkuStreaming.StreamAsync(client, () => peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false)), prefetch);
        clock.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(client);

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"skus={count} pageSize={SkuStreaming.PageSize} prefetch={prefetch} elapsedMs={clock.ElapsedMilliseconds} " +
            $"baselineManagedMB={baseline / 1048576.0:F1} peakManagedMB={peakManaged / 1048576.0:F1} retainedAfterFullGcKB={retained / 1024.0:F0} " +
            $"peakWorkingSetMB={process.PeakWorkingSet64 / 1048576.0:F1} gen0={GC.CollectionCount(0)} gen2={GC.CollectionCount(2)}");
        return count == total ? 0 : 1;
    }
}
