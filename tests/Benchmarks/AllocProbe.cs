using Totvs.Ecommerce.Sdk.Benchmarks.Comparison;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>Bytes and time per call of the SDK's side of the client comparison, without BenchmarkDotNet: a quick check between commits.</summary>
internal static class AllocProbe
{
    public static async Task<int> RunAsync(int items)
    {
        var before0 = GC.GetAllocatedBytesForCurrentThread();
        var order = new Orders.Order();
        var afterOrder = GC.GetAllocatedBytesForCurrentThread();
        var item = new Orders.OrderItem();
        var afterItem = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"an empty Order: {afterOrder - before0} B; an empty OrderItem: {afterItem - afterOrder} B");
        GC.KeepAlive(order);
        GC.KeepAlive(item);
        var bench = new ClientComparisonBenchmarks { Items = items };
        bench.Setup();
        foreach (var (name, call) in new (string, Func<Task<int>>)[] { ("orders page", bench.Sdk_OrdersPage), ("families page", bench.Sdk_FamiliesPage), ("order POST", async () => (int)((await bench.Sdk_PostOrder()) ?? 0)), ("hand-written orders page", bench.HandWritten_OrdersPage) })
        {
            for (var i = 0; i < 200; i++) await call();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            const int N = 2000;
            for (var i = 0; i < N; i++) await call();
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            Console.WriteLine($"{name} ({items}): {(GC.GetTotalAllocatedBytes(precise: true) - before) / N / 1024.0:F2} KB/op, {elapsed.TotalMicroseconds / N:F1} µs/op");
        }
        return 0;
    }
}
