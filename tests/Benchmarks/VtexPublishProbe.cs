using System.Diagnostics;
using System.Globalization;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Pacing;
using Totvs.Ecommerce.Sdk.Testing.Vtex;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>
/// A measured program (issue 32): a catalog of SKUs pulled from the fake Datasul over loopback, each page after a modelled
/// service time, and published to the fake VTEX (in memory) whose every call takes a modelled latency, through the
/// template's path — <see cref="IncrementalPull"/> fetching the next page while <see cref="VtexCatalogPublisher"/> writes
/// this one. Measured: fetching alone, writing alone (the pages already in memory), and both; the target is both within
/// 1.2 × the longer of the two.
/// </summary>
internal static class VtexPublishProbe
{
    public static async Task<int> RunAsync(int skus, int pageSize, int pageMilliseconds, int vtexMilliseconds, int concurrency)
    {
        var server = new FakeDatasulServer();
        server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(skus, seed: 7);
        server.Capacity = new FakeErpCapacity
        {
            Routes = new Dictionary<string, FakeServiceTime> { [$"GET {server.Routes.Skus}"] = new(TimeSpan.FromMilliseconds(pageMilliseconds)) },
        };
        await using var host = await server.StartLoopbackAsync();
        var erp = new TotvsEcommerceClient(server.CreateClientOptions(host.BaseAddress));
        var products = new List<Product>();
        await foreach (var product in erp.Products.ListAllAsync(new ProductListOptions { StoreCode = "1", PageSize = 1000 }))
        {
            products.Add(product);
        }

        Console.WriteLine($"SKUs of {products.Count} items, pages of {pageSize} after {pageMilliseconds} ms each; VTEX {vtexMilliseconds} ms per call, {concurrency} calls at once");
        var pages = new List<IReadOnlyList<Sku>>();
        var fetching = await PullAsync(erp, pageSize, (page, _) =>
        {
            pages.Add(page);
            return Task.CompletedTask;
        });
        var count = pages.Sum(p => p.Count);

        var (writer, _) = await VtexAsync(products, vtexMilliseconds, concurrency);
        var started = Stopwatch.GetTimestamp();
        foreach (var page in pages)
        {
            await writer.PublishAsync(page);
        }

        var writing = Stopwatch.GetElapsedTime(started);
        var (publisher, fake) = await VtexAsync(products, vtexMilliseconds, concurrency);
        var both = await PullAsync(erp, pageSize, (page, ct) => publisher.PublishAsync(page, ct));
        var longer = fetching > writing ? fetching : writing;
        Console.WriteLine(Invariant($"  {count} SKUs: fetching alone {fetching.TotalSeconds:0.00} s; writing alone {writing.TotalSeconds:0.00} s; published while pulled {both.TotalSeconds:0.00} s = {both / longer:0.00} × the longer (target ≤ 1.20); {fake.Skus.Count} SKUs in VTEX"));
        return both / longer <= 1.2 && fake.Skus.Count == count ? 0 : 1;
    }

    /// <summary>The template's pull: a checkpointed incremental pull that fetches the next page while this one is handled.</summary>
    private static async Task<TimeSpan> PullAsync(TotvsEcommerceClient erp, int pageSize, Func<IReadOnlyList<Sku>, CancellationToken, Task> handle)
    {
        var pull = new IncrementalPull(new InMemorySyncStore(), new IncrementalPullOptions { PrefetchNextPage = true });
        var started = Stopwatch.GetTimestamp();
        await pull.RunAsync("skus-1", erp.Skus, new SkuListOptions { StoreCode = "1", PageSize = pageSize }, handle);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>A fresh fake VTEX with the products already there (the SKUs are what is measured), and a publisher to it.</summary>
    private static async Task<(VtexCatalogPublisher Publisher, FakeVtexServer Fake)> VtexAsync(IReadOnlyList<Product> products, int vtexMilliseconds, int concurrency)
    {
        var fake = new FakeVtexServer();
        var vtex = new VtexClient(new HttpClient(fake.CreateHandler()), new VtexClientOptions
        {
            Account = "bench", AppKey = FakeVtexServer.DefaultAppKey, AppToken = FakeVtexServer.DefaultAppToken,
            PricingAddress = new Uri("https://bench.vtexcommercestable.com.br/"),
        });
        var publisher = new VtexCatalogPublisher(vtex, maxConcurrency: concurrency);
        var families = products.Select(p => p.FamilyCode).Distinct().Select(code => new Families.Family { Code = code ?? string.Empty, Description = code }).ToList();
        await publisher.PublishAsync(families);
        await publisher.PublishAsync(products);
        fake.Options.ServiceTime = TimeSpan.FromMilliseconds(vtexMilliseconds);
        return (publisher, fake);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
