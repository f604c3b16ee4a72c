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
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>A failure never reads as "no data": an unknown store raises on every list, whatever status the ERP uses for it.</summary>
public class ListFailureTests
{
    public static TheoryData<string, int> EveryListAndStatus()
    {
        var data = new TheoryData<string, int>();
        foreach (var list in Lists.Keys)
        {
            data.Add(list, 400);
            data.Add(list, 404);
        }

        return data;
    }

    private static readonly Dictionary<string, Func<TotvsEcommerceClient, string, Task<int>>> Lists = new()
    {
        ["families"] = async (c, s) => (await c.Families.ListAsync(new FamilyListOptions { StoreCode = s })).Items.Count,
        ["products"] = async (c, s) => (await c.Products.ListAsync(new ProductListOptions { StoreCode = s })).Items.Count,
        ["skus"] = async (c, s) => (await c.Skus.ListAsync(new SkuListOptions { StoreCode = s })).Items.Count,
        ["rootSkus"] = async (c, s) => (await c.RootSkus.ListAsync(new RootSkuListOptions { StoreCode = s })).Items.Count,
        ["prices"] = async (c, s) => (await c.PriceItems.ListAsync(new PriceItemListOptions { StoreCode = s })).Items.Count,
        ["priceTables"] = async (c, s) => (await c.PriceTables.ListAsync(new PriceTableListOptions { StoreCode = s })).Items.Count,
        ["stock"] = async (c, s) => (await c.StockBalances.ListAsync(new StockBalanceListOptions { StoreCode = s })).Items.Count,
        ["orders"] = async (c, s) => (await c.Orders.ListAsync(new OrderListOptions { StoreCode = s })).Items.Count,
        ["customers"] = async (c, s) => (await c.Customers.ListAsync(new CustomerListOptions { StoreCode = s })).Items.Count,
        ["invoices"] = async (c, s) => (await c.Invoices.ListAsync(new InvoiceListOptions { StoreCode = s })).Items.Count,
    };

    [Theory]
    [MemberData(nameof(EveryListAndStatus))]
    public async Task An_unknown_store_raises_STORE_NOT_FOUND_on_every_list(string list, int status)
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: server => server.AddStore("1").WithFamily("FER", "Ferramentas"),
            serverOptions: options => options.UnknownStoreStatusCode = status);

        var error = await Assert.ThrowsAnyAsync<TotvsApiException>(() => Lists[list](harness.Client, "99"));

        Assert.Equal(TotvsErrorCodes.StoreNotFound, error.Code);
        Assert.Equal(status, error.StatusCode);
        Assert.False(error.IsNotFound);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    public async Task The_stream_raises_too_instead_of_ending_empty(int status)
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: server => server.AddStore("1").WithFamily("FER", "Ferramentas"),
            serverOptions: options => options.UnknownStoreStatusCode = status);

        var error = await Assert.ThrowsAnyAsync<TotvsApiException>(async () =>
        {
            await foreach (var family in harness.Client.Families.ListAllAsync(new FamilyListOptions { StoreCode = "typo" }))
            {
                Assert.Fail($"No family expected, got {family.Code}.");
            }
        });

        Assert.Equal(TotvsErrorCodes.StoreNotFound, error.Code);
    }

    [Fact]
    public async Task An_orders_list_answered_404_with_a_not_found_body_is_an_empty_page()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: server => server.AddStore("1"),
            serverOptions: options => options.AnswerEmptySalesListsWith404 = true);

        var page = await harness.Client.Orders.ListAsync(new OrderListOptions { StoreCode = "1" });

        Assert.Empty(page.Items);
        Assert.False(page.HasNext);
        Assert.Equal(404, harness.Server.Journal.Entries.Last().StatusCode);
    }

    [Theory]
    [InlineData("INTEGRATION_DISABLED")]
    [InlineData("57382")]
    public async Task A_404_carrying_a_business_code_raises(string code)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"));
        harness.Server.Faults.On("GET", harness.Server.Routes.Orders).RespondWithError(404, code, "Falhou.");

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Orders.ListAsync(new OrderListOptions { StoreCode = "1" }));

        Assert.Equal(code, error.Code);
    }
}
