using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Testing.Vtex;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Tests.Vtex;

/// <summary>A Datasul store's catalog published to VTEX, read from the fake Datasul and written to the fake VTEX.</summary>
public sealed class VtexCatalogPublisherTests
{
    [Fact]
    public async Task A_stores_catalog_appears_in_VTEX_and_publishing_it_again_creates_nothing_twice()
    {
        var (erp, vtex, fake) = await CreateAsync();
        var publisher = new VtexCatalogPublisher(vtex);

        await PublishAllAsync(erp, publisher);
        var posts = fake.Journal.Entries.Count(e => e.Method == "POST");
        await PublishAllAsync(erp, publisher); // a crash before the checkpoints: every page again

        Assert.Equal(["Ferramentas", "Vestuário"], fake.Categories.Select(c => (string)c["Name"]!).Order(StringComparer.Ordinal));
        Assert.Equal(["CAM-001", "FUR-001", "MAR-001"], fake.Products.Select(p => (string)p["RefId"]!).Order(StringComparer.Ordinal));
        Assert.Equal(["CAM-001/M", "CAM-001/P", "FUR-001", "MAR-001"], fake.Skus.Select(s => (string)s["RefId"]!).Order(StringComparer.Ordinal));
        var drill = new VtexCatalogMappingOptions().IdOf("sku", "FUR-001");
        Assert.Equal(399.90m, (decimal)fake.PriceOf(drill)!["fixedPrices"]![0]!["value"]!);
        Assert.Equal(10, fake.QuantityOf(drill, "1_ECO"));
        Assert.Equal(posts, fake.Journal.Entries.Count(e => e.Method == "POST")); // the second time only updates
        var medium = fake.Skus.Single(s => (string?)s["RefId"] == "CAM-001/M");
        Assert.Equal("M", (string?)medium["Specifications"]!["Grade/Referência"]); // the grid's variation the buyer chooses
        Assert.Null(fake.Skus.Single(s => (string?)s["RefId"] == "FUR-001")["Specifications"]); // an item's own SKU has none
    }

    [Fact]
    public async Task A_SKU_whose_product_is_not_in_VTEX_fails_the_page_instead_of_vanishing()
    {
        var (erp, vtex, fake) = await CreateAsync();
        var skus = (await erp.Skus.ListAsync(new SkuListOptions { StoreCode = "1" })).Items;

        var error = await Assert.ThrowsAsync<VtexApiException>(() => new VtexCatalogPublisher(vtex).PublishAsync(skus));

        Assert.Equal(400, error.StatusCode);
        Assert.Empty(fake.Skus);
    }

    [Fact]
    public async Task Each_tables_trade_policies_are_priced_and_another_tables_are_kept()
    {
        var (erp, vtex, fake) = await CreateAsync(server => server.AddStore("2").WithPriceTable("MKT", "3").WithItem("FUR-001", "Furadeira", 429.90m, 10, "FER"));
        var publisher = new VtexCatalogPublisher(vtex);
        await PublishAllAsync(erp, publisher);
        var marketplace = (await erp.PriceItems.ListAsync(new PriceItemListOptions { StoreCode = "2" })).Items;
        var tables = (await erp.PriceTables.ListAsync(new PriceTableListOptions { StoreCode = "2" })).Items;

        await publisher.PublishPricesAsync(marketplace, tables);

        var prices = fake.PriceOf(new VtexCatalogMappingOptions().IdOf("sku", "FUR-001"))!["fixedPrices"]!.AsArray();
        Assert.Equal([("1", 399.90m), ("3", 429.90m)], prices.Select(p => ((string)p!["tradePolicyId"]!, (decimal)p["value"]!)).Order());
    }

    [Fact]
    public async Task The_brand_products_are_published_under_is_made_once_when_VTEX_lacks_it()
    {
        var (erp, vtex, fake) = await CreateAsync();
        var publisher = new VtexCatalogPublisher(vtex, new VtexCatalogMappingOptions { BrandId = 7 });

        await publisher.EnsureBrandAsync("Acme");
        await publisher.EnsureBrandAsync("Acme"); // a restart: found, not made again
        await publisher.PublishAsync((await erp.Families.ListAsync(new FamilyListOptions { StoreCode = "1" })).Items);
        await publisher.PublishAsync((await erp.Products.ListAsync(new ProductListOptions { StoreCode = "1" })).Items);

        Assert.Equal("Acme", (await vtex.Catalog.GetBrandAsync(7))!.Name);
        Assert.Single(fake.Journal.Entries, e => e.Method == "POST" && e.Route == "api/catalog/pvt/brand");
        Assert.All(fake.Products, p => Assert.Equal(7, (int)p["BrandId"]!));
    }

    private static async Task PublishAllAsync(TotvsEcommerceClient erp, VtexCatalogPublisher publisher)
    {
        await publisher.PublishAsync((await erp.Families.ListAsync(new FamilyListOptions { StoreCode = "1" })).Items);
        await publisher.PublishAsync((await erp.Products.ListAsync(new ProductListOptions { StoreCode = "1" })).Items);
        await publisher.PublishAsync((await erp.Skus.ListAsync(new SkuListOptions { StoreCode = "1" })).Items);
        await publisher.PublishPricesAsync((await erp.PriceItems.ListAsync(new PriceItemListOptions { StoreCode = "1" })).Items,
            (await erp.PriceTables.ListAsync(new PriceTableListOptions { StoreCode = "1" })).Items);
        await publisher.PublishAsync((await erp.StockBalances.ListAsync(new StockBalanceListOptions { StoreCode = "1" })).Items);
    }

    private static Task<(TotvsEcommerceClient Erp, VtexClient Vtex, FakeVtexServer Fake)> CreateAsync(Action<FakeDatasulServer>? more = null)
    {
        var server = new FakeDatasulServer();
        server.UpsertFamily("FER", "Ferramentas");
        server.UpsertFamily("VES", "Vestuário");
        server.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO")
            .WithItem("FUR-001", "Furadeira", 399.90m, 10, "FER")
            .WithItem("MAR-001", "Martelo", 49.5m, 3, "FER")
            .WithReferencedItem(new FakeItem { ItemCode = "CAM-001", Description = "Camiseta", FamilyCode = "VES" }, ("P", "Pequena", 59.9m, 5), ("M", "Média", 59.9m, 4));
        more?.Invoke(server);
        var erp = new TotvsEcommerceClient(new HttpClient(server.CreateHandler()), server.CreateClientOptions());
        var fake = new FakeVtexServer();
        fake.AddWarehouse("1_ECO");
        var vtex = new VtexClient(new HttpClient(fake.CreateHandler()), new VtexClientOptions
        {
            Account = "fakestore", AppKey = FakeVtexServer.DefaultAppKey, AppToken = FakeVtexServer.DefaultAppToken,
            PricingAddress = new Uri("https://fakestore.vtexcommercestable.com.br/"),
        });
        return Task.FromResult((erp, vtex, fake));
    }
}
