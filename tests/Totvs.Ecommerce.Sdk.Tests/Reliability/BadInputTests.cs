using System.Net;
using System.Text;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.RootSkus;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;
using Xunit.Abstractions;

namespace Totvs.Ecommerce.Sdk.Tests.Reliability;

/// <summary>
/// For every model, 10,000 mutations of a valid server answer (truncation, wrong types, nulls, huge numbers, unknown
/// values, deep nesting, invalid UTF-8, oversize): the SDK raises only its documented exceptions, never hangs, and
/// refuses an answer over its size cap.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output)
{
    private const int MutationsPerModel = 10_000;
    private const long SizeCap = 64 * 1024;

    public static TheoryData<string> Models => new()
    {
        "Families", "Products", "Skus", "RootSkus", "PriceItems", "PriceTables", "StockBalances", "Orders", "Customers", "Invoices",
    };

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Mutated_answers_raise_only_documented_exceptions_and_never_hang(string model)
    {
        var valid = await ValidAnswerAsync(model);
        var handler = new MutatingHandler();
        var options = Options();
        options.MaxResponseBodyBytes = SizeCap;
        var client = new TotvsEcommerceClient(new HttpClient(handler), options);
        // A stable seed (string hash codes change with each process), overridable to explore: TOTVS_MUTATION_SEED.
        var seed = (int.TryParse(Environment.GetEnvironmentVariable("TOTVS_MUTATION_SEED"), out var s) ? s : 0) + model.Sum(c => c);
        var random = new Random(seed);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var undocumented = new List<string>();

        for (var i = 0; i < MutationsPerModel; i++)
        {
            handler.Body = Mutations.Apply(valid, random, i);
            string outcome;
            try
            {
                await Call(client, model, skipInvalid: i % 2 == 0).WaitAsync(TimeSpan.FromSeconds(10));
                outcome = "ok";
            }
            catch (TotvsApiException ex)
            {
                outcome = ex.GetType().Name;
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            }
            catch (TimeoutException)
            {
                outcome = "HANG";
                undocumented.Add($"mutation {i} hung");
            }
            catch (Exception ex)
            {
                outcome = ex.GetType().Name;
                undocumented.Add($"mutation {i} (seed {seed}): {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}\nbody: {System.Text.Encoding.UTF8.GetString(handler.Body)}");
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        output.WriteLine($"{model}: {MutationsPerModel} mutations; " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(undocumented.Count == 0, string.Join(Environment.NewLine, undocumented.Take(10)));
        Assert.True(outcomes.GetValueOrDefault("ok") > 0 && outcomes.Count > 1, "The mutations should both pass and fail sometimes.");
    }

    [Fact]
    public async Task An_answer_over_the_cap_is_refused_whatever_its_declared_length()
    {
        var handler = new MutatingHandler { Body = Encoding.UTF8.GetBytes("{\"hasNext\":false,\"items\":[" + new string(' ', 200_000) + "]}"), HideLength = true };
        var options = Options();
        options.MaxResponseBodyBytes = SizeCap;

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => new TotvsEcommerceClient(new HttpClient(handler), options).Families.ListAsync());

        Assert.Contains("MaxResponseBodyBytes", error.Message, StringComparison.Ordinal);
    }

    private static Task Call(TotvsEcommerceClient client, string model, bool skipInvalid)
    {
        Func<InvalidRecord, InvalidRecordAction> policy = _ => skipInvalid ? InvalidRecordAction.Skip : InvalidRecordAction.Stop;
        return model switch
        {
            "Families" => client.Families.ListAsync(new FamilyListOptions { OnInvalidRecord = policy }),
            "Products" => client.Products.ListAsync(new ProductListOptions { OnInvalidRecord = policy }),
            "Skus" => client.Skus.ListAsync(new SkuListOptions { OnInvalidRecord = policy }),
            "RootSkus" => client.RootSkus.ListAsync(new RootSkuListOptions { OnInvalidRecord = policy }),
            "PriceItems" => client.PriceItems.ListAsync(new PriceItemListOptions { OnInvalidRecord = policy }),
            "PriceTables" => client.PriceTables.ListAsync(new PriceTableListOptions { OnInvalidRecord = policy }),
            "StockBalances" => client.StockBalances.ListAsync(new StockBalanceListOptions { OnInvalidRecord = policy }),
            "Orders" => client.Orders.ListAsync(new OrderListOptions { OnInvalidRecord = policy }),
            "Customers" => client.Customers.ListAsync(new CustomerListOptions { OnInvalidRecord = policy }),
            _ => client.Invoices.ListAsync(new InvoiceListOptions { OnInvalidRecord = policy }),
        };
    }

    /// <summary>A real answer of the fake for the model's route, with a few records.</summary>
    private static async Task<byte[]> ValidAnswerAsync(string model)
    {
        var server = new FakeDatasulServer();
        if (model == "RootSkus")
        {
            server.SetCatalogMode(Totvs.Ecommerce.Sdk.Domain.Catalog.CatalogMode.RootSku);
        }

        SalesSeed.Store(server);
        server.AddStore("1").WithGeneratedCatalog(4, seed: 3);
        server.UpsertRoot("ROOT", "Raiz", "F01", [new FakeRootVariant("IT000001", new Dictionary<string, string> { ["Cor"] = "Azul" }, "7891000000014")]);
        var client = new TotvsEcommerceClient(new HttpClient(server.CreateHandler()), server.CreateClientOptions());
        for (var i = 1; i <= 3; i++)
        {
            var order = (await client.Orders.CreateAsync(SalesSeed.Order($"M-{i}", "CARTAO", Totvs.Ecommerce.Sdk.Domain.Payments.PaymentMethodType.CreditCard))).Record;
            server.InvoiceOrder(order.OrderId!.Value);
        }

        var route = (string)typeof(TotvsRouteTable).GetProperty(model)!.GetValue(server.Routes)!;
        using var http = new HttpClient(server.CreateHandler());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(FakeDatasulServer.InMemoryBaseAddress, server.PathPrefix.TrimStart('/') + route + "?pageSize=5"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeDatasulServer.DefaultUsername}:{FakeDatasulServer.DefaultPassword}")));
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static TotvsEcommerceOptions Options() => new()
    {
        BaseAddress = new Uri("https://erp.example.com.br"),
        Authentication = new TotvsAuthenticationOptions { Username = "u", Password = "p" },
    };

    /// <summary>Answers every request with the current mutated body.</summary>
    private sealed class MutatingHandler : HttpMessageHandler
    {
        public byte[] Body { get; set; } = [];

        public bool HideLength { get; init; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpContent content = HideLength ? new StreamContent(new MemoryStream(Body)) : new ByteArrayContent(Body);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = content });
        }
    }
}
