using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Rules;

/// <summary>CD0101 gates everything: with the integration off, every e-commerce route fails loudly — never an empty catalog.</summary>
public sealed class IntegrationSwitchTests
{
    public static TheoryData<string> Resources => ["families", "products", "skus", "prices", "stock", "orders", "invoices"];

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task With_the_integration_off_every_route_is_refused_with_its_code(string resource)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: CatalogSeed.Standard, configure: o => o.AcceptLanguage = "en-US");
        harness.Server.SetIntegrationEnabled(false);
        var client = harness.Client;
        Func<Task> list = resource switch
        {
            "families" => () => client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" }),
            "products" => () => client.Products.ListAsync(new ProductListOptions { StoreCode = "1" }),
            "skus" => () => client.Skus.ListAsync(new SkuListOptions { StoreCode = "1" }),
            "prices" => () => client.PriceItems.ListAsync(new PriceItemListOptions { StoreCode = "1" }),
            "stock" => () => client.StockBalances.ListAsync(new StockBalanceListOptions { StoreCode = "1" }),
            "orders" => () => client.Orders.ListAsync(new OrderListOptions { StoreCode = "1" }),
            _ => () => client.Invoices.ListAsync(new InvoiceListOptions { StoreCode = "1" }),
        };

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(list);

        Assert.Equal(TotvsErrorCodes.IntegrationDisabled, error.Code);
        Assert.Contains("CD0101", error.Message, StringComparison.Ordinal);
        harness.Server.SetIntegrationEnabled(true);
        await list(); // and served again once it is back on
    }
}
