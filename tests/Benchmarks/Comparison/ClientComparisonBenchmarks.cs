using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Refit;
using RestSharp.Authenticators;
using RestSharp.Serializers.Json;
using RestSharp;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.Benchmarks.Comparison;

/// <summary>
/// The SDK against the usual ways of making the same call, on the same handler serving the same bytes: hand-written
/// HttpClient with source-generated System.Text.Json (the fastest this stack allows), Refit and RestSharp.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory, BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ClientComparisonBenchmarks
{
    private const string Base = "https://erp.example.com.br";
    private const string FamiliesPath = "/dts/datasul-rest/resources/prg/cdp/v1/businessFamilyPublic/ecommerce";
    private const string OrdersPath = "/dts/datasul-rest/resources/prg/pdp/v1/ordersPublic";

    private static readonly AuthenticationHeaderValue Basic = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("integration:secret")));

    private TotvsEcommerceClient sdk = null!;
    private HttpClient handWritten = null!;
    private IDatasulRefitApi refit = null!;
    private RestClient restSharp = null!;
    private Order sdkOrder = null!;
    private OrderDto dtoOrder = null!;

    [Params(20, 500)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var handler = new CannedDatasul(Items);
        sdk = new TotvsEcommerceClient(new HttpClient(handler, disposeHandler: false), new TotvsEcommerceOptions
        {
            BaseAddress = new Uri(Base),
            Authentication = new TotvsAuthenticationOptions { Username = "integration", Password = "secret" },
        });
        handWritten = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(Base) };
        var refitClient = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(Base) };
        refitClient.DefaultRequestHeaders.Authorization = Basic;
        refit = RestService.For<IDatasulRefitApi>(refitClient, new RefitSettings(new SystemTextJsonContentSerializer(BaselineJsonContext.Default.Options)));
        restSharp = new RestClient(
            new HttpClient(handler, disposeHandler: false),
            new RestClientOptions(Base) { Authenticator = new HttpBasicAuthenticator("integration", "secret") },
            configureSerialization: s => s.UseSystemTextJson(BaselineJsonContext.Default.Options));
        sdkOrder = new Order
        {
            CustomerOrderId = "V-000001", ShortName = "14538220620", EcommerceCustomerPersonalId = CpfOrCnpj.Parse("14538220620"), EcommerceDeliveryAddress = new OrderDeliveryAddress { State = Uf.Parse("SP") }, EcommerceStoreCode = "1",
            EmissionDate = new LocalDate(2026, 3, 1), ImplantationDate = new LocalDate(2026, 3, 1),
            PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO" },
            OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("FUR-001"), OriginalPrice = 399.90m, QuantityBilling = 1 }],
        };
        dtoOrder = CannedDatasul.Order(1);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("families")]
    public async Task<int> HandWritten_FamiliesPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{FamiliesPath}?storeCode=1&page=1&pageSize={Items}");
        request.Headers.Authorization = Basic;
        using var response = await handWritten.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.FamilyPageDto);
        return page!.Items.Count;
    }

    [Benchmark]
    [BenchmarkCategory("families")]
    public async Task<int> Sdk_FamiliesPage() =>
        (await sdk.Families.ListAsync(new FamilyListOptions { StoreCode = "1", PageSize = Items })).Items.Count;

    [Benchmark]
    [BenchmarkCategory("families")]
    public async Task<int> Refit_FamiliesPage() => (await refit.GetFamiliesAsync("1", 1, Items)).Items.Count;

    [Benchmark]
    [BenchmarkCategory("families")]
    public async Task<int> RestSharp_FamiliesPage()
    {
        var request = new RestRequest(FamiliesPath).AddQueryParameter("storeCode", "1").AddQueryParameter("page", 1).AddQueryParameter("pageSize", Items);
        return (await restSharp.GetAsync<FamilyPageDto>(request))!.Items.Count;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("orders")]
    public async Task<int> HandWritten_OrdersPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{OrdersPath}?storeCode=1&page=1&pageSize={Items}");
        request.Headers.Authorization = Basic;
        using var response = await handWritten.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.OrderPageDto);
        return page!.Orders.Count;
    }

    [Benchmark]
    [BenchmarkCategory("orders")]
    public async Task<int> Sdk_OrdersPage() =>
        (await sdk.Orders.ListAsync(new OrderListOptions { StoreCode = "1", PageSize = Items })).Items.Count;

    [Benchmark]
    [BenchmarkCategory("orders")]
    public async Task<int> Refit_OrdersPage() => (await refit.GetOrdersAsync("1", 1, Items)).Orders.Count;

    [Benchmark]
    [BenchmarkCategory("orders")]
    public async Task<int> RestSharp_OrdersPage()
    {
        var request = new RestRequest(OrdersPath).AddQueryParameter("storeCode", "1").AddQueryParameter("page", 1).AddQueryParameter("pageSize", Items);
        return (await restSharp.GetAsync<OrderPageDto>(request))!.Orders.Count;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("post")]
    public async Task<long?> HandWritten_PostOrder()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, OrdersPath)
        {
            Content = JsonContent.Create(dtoOrder, BaselineJsonContext.Default.OrderDto),
        };
        request.Headers.Authorization = Basic;
        using var response = await handWritten.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.OrderDto))!.OrderId;
    }

    [Benchmark]
    [BenchmarkCategory("post")]
    public async Task<long?> Sdk_PostOrder() => (await sdk.Orders.CreateAsync(sdkOrder)).Record.OrderId;

    [Benchmark]
    [BenchmarkCategory("post")]
    public async Task<long?> Refit_PostOrder() => (await refit.CreateOrderAsync(dtoOrder)).OrderId;

    [Benchmark]
    [BenchmarkCategory("post")]
    public async Task<long?> RestSharp_PostOrder() =>
        (await restSharp.PostAsync<OrderDto>(new RestRequest(OrdersPath).AddJsonBody(dtoOrder)))!.OrderId;

    [GlobalCleanup]
    public void Cleanup()
    {
        handWritten.Dispose();
        restSharp.Dispose();
    }
}
