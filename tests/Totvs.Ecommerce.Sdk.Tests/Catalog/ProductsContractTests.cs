using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Catalog;

public sealed class ProductsContractTests
{
    public static TheoryData<ClientTransport> Transports => new() { ClientTransport.InMemory, ClientTransport.Loopback };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Only_items_linked_to_the_store_and_priced_in_its_tables_are_published(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, CatalogSeed.Standard);

        var page = await harness.Client.Products.ListAsync(new ProductListOptions { StoreCode = "1" });

        Assert.Equal(["CAM-001", "FUR-001", "MAR-001"], page.Items.Select(p => p.ItemCode.Value));
        var drill = page.Items[1];
        Assert.Equal("Furadeira de impacto", drill.Description);
        Assert.Equal("FER", drill.FamilyCode);
        Assert.Equal("UN", drill.UnitOfMeasure.Value);
        Assert.Equal(StockControl.Item, drill.StockControl);
        Assert.Equal(CatalogSeed.DrillGtin, drill.Gtin?.Value);
        Assert.Equal(1.8m, drill.NetWeightKg);
        Assert.Equal(25m, drill.HeightCm);
        Assert.Null(drill.WidthCm);
        Assert.Equal(StockControl.Reference, page.Items[0].StockControl);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task GetAsync_reads_one_item_and_an_unpublished_item_is_not_found(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, CatalogSeed.Standard);

        var item = await harness.Client.Products.GetAsync(ItemCode.Parse("MAR-001"), "1");
        var unpublished = await Assert.ThrowsAsync<TotvsApiException>(() => harness.Client.Products.GetAsync(ItemCode.Parse("SEM-PRECO"), "1"));

        Assert.Equal("Martelo", item.Description);
        Assert.True(unpublished.IsNotFound);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ListAllAsync_streams_a_generated_catalog_in_order(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, server => server.AddStore("1").WithGeneratedCatalog(250, seed: 7));

        var codes = new List<string>();
        await foreach (var product in harness.Client.Products.ListAllAsync(new ProductListOptions { PageSize = 100 }))
        {
            codes.Add(product.ItemCode.Value);
            Assert.NotNull(product.Gtin);
        }

        Assert.Equal(Enumerable.Range(1, 250).Select(i => $"IT{i:D6}"), codes);
        Assert.Equal(3, harness.Server.Journal.For("GET", harness.Server.Routes.Products).Count);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task An_incremental_sync_sees_a_new_link_and_a_new_price_and_nothing_older(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, CatalogSeed.Standard);
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = Instant.FromDateTimeOffset(harness.Clock.GetUtcNow());
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        harness.Server.SetPrice("ECOM", "SEM-PRECO", 15m);   // linked item gets a price: now published
        harness.Server.LinkItem("1", "NAO-VINC");             // priced item gets linked: now published

        var changed = await harness.Client.Products.ListAsync(new ProductListOptions { StoreCode = "1", ChangedSince = checkpoint });

        Assert.Equal(["NAO-VINC", "SEM-PRECO"], changed.Items.Select(p => p.ItemCode.Value));
    }

    [Fact]
    public async Task Fields_narrow_the_record_without_making_it_invalid()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: CatalogSeed.Standard);

        var page = await harness.Client.Products.ListAsync(new ProductListOptions { Fields = [ProductFields.ItemCode, ProductFields.Gtin], OrderBy = ["-itemCode"] });

        Assert.Equal(["MAR-001", "FUR-001", "CAM-001"], page.Items.Select(p => p.ItemCode.Value));
        Assert.All(page.Items, p => Assert.Null(p.Description));
        Assert.Empty(page.SkippedRecords);
    }
}
