using BenchmarkDotNet.Attributes;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>Time and allocations of streaming a catalog of 10,000 and 100,000 SKUs through the SDK's lazy enumerator.</summary>
[MemoryDiagnoser]
public class SkuStreamingBenchmarks
{
    private TotvsEcommerceClient client = null!;

    [Params(10_000, 100_000)]
    public int Skus { get; set; }

    [GlobalSetup]
    public void Setup() => client = SkuStreaming.CreateClient(Skus);

    [Benchmark]
    public Task<int> StreamAllSkus() => SkuStreaming.StreamAsync(client);
}
