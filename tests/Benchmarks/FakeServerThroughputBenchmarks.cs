using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>
/// Requests per second the fake Datasul serves in memory (no SDK in the way): a families page, and an order
/// POST that goes through admission by the domain rules and creates the order.
/// </summary>
[MemoryDiagnoser]
public class FakeServerThroughputBenchmarks
{
    private const string OrderTemplate = """
        {"CustomerOrderId":"{0}","ShortName":"JOAO","EcommerceCustomerPersonalId":"145.382.206-20","EmissionDate":"2026-03-01","ImplantationDate":"2026-03-01",
         "EcommerceDeliveryAddress":{"State":"RJ"},"EcommerceStoreCode":"1","TradePolicyId":"1","PaymentMethod":{"Type":"creditCard","Code":"CARTAO"},
         "OrderItems":[{"ItemCode":"FUR-001","OriginalPrice":399.90,"QuantityBilling":1}]}
        """;

    private readonly AuthenticationHeaderValue authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
        $"{FakeDatasulServer.DefaultUsername}:{FakeDatasulServer.DefaultPassword}")));

    private HttpClient client = null!;
    private Uri familiesUri = null!;
    private Uri ordersUri = null!;
    private int orderNumber;

    [GlobalSetup]
    public void Setup()
    {
        var server = new FakeDatasulServer();
        server.AddStore("1").WithPriceTable("ECOM", "1").WithFamilies(20).WithItem("FUR-001", "Furadeira", 399.90m, 1_000_000);
        client = new HttpClient(server.CreateHandler());
        var prefix = new Uri(FakeDatasulServer.InMemoryBaseAddress, server.PathPrefix.TrimStart('/'));
        familiesUri = new Uri(prefix, server.Routes.Families + "?storeCode=1&pageSize=20");
        ordersUri = new Uri(prefix, server.Routes.Orders);
    }

    [GlobalCleanup]
    public void Cleanup() => client.Dispose();

    [Benchmark]
    public async Task<int> GetFamiliesPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, familiesUri);
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    [Benchmark]
    public async Task<int> PostOrder()
    {
        var id = "B" + Interlocked.Increment(ref orderNumber).ToString("D10", CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, ordersUri)
        {
            Content = new StringContent(OrderTemplate.Replace("{0}", id, StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode == 201 ? 201 : throw new InvalidOperationException($"The order was not created: {(int)response.StatusCode}.");
    }
}
