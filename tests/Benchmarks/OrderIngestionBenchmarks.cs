using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Totvs.Ecommerce.Sdk.TestData;
using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>
/// Ingesting 10,000 and 100,000 orders into the in-memory fake through the SDK (exactly-once creation, admission
/// by the domain rules) with bounded concurrency: orders per second, and how time grows with the count.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class OrderIngestionBenchmarks
{
    private FakeDatasulServer server = null!;
    private TotvsEcommerceClient client = null!;

    [Params(10_000, 100_000)]
    public int Orders { get; set; }

    [Params(8)]
    public int Concurrency { get; set; }

    [IterationSetup]
    public void Setup()
    {
        server = new FakeDatasulServer();
        server.AddStore("1").WithPriceTable("ECOM", "1").WithItem("FUR-001", "Furadeira", 399.90m, 10_000_000);
        var options = server.CreateClientOptions();
        client = new TotvsEcommerceClient(new HttpClient(server.CreateHandler()), options);
    }

    [Benchmark]
    public async Task<int> IngestOrders()
    {
        await Parallel.ForEachAsync(Enumerable.Range(1, Orders), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, ct) =>
            await client.Orders.CreateAsync(NumberedOrders.Number(i), ct));
        return server.Orders.Count == Orders ? Orders : throw new InvalidOperationException($"{server.Orders.Count} orders in the ERP, expected {Orders}.");
    }
}
