using NodaTime;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Rules;

/// <summary>What a store stops selling reaches it; items are published only under the store's families (PD0623).</summary>
public sealed class CatalogPublicationTests
{
    [Fact]
    public async Task An_unlinked_item_comes_back_inactive_in_the_next_incremental_sync_instead_of_vanishing()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: CatalogSeed.Standard);
        var pull = new IncrementalPull(new InMemorySyncStore(), harness.Clock, overlap: TimeSpan.Zero);
        var options = new SkuListOptions { StoreCode = "1" };
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await pull.RunAsync("skus", harness.Client.Skus, options, (_, _) => Task.CompletedTask);
        harness.Clock.Advance(TimeSpan.FromMinutes(10));

        harness.Server.UnlinkItem("1", "MAR-001");
        harness.Server.UpsertItem(new FakeItem { ItemCode = "FUR-001", Description = "Furadeira de impacto", FamilyCode = "FER", IsActive = false });
        CatalogChangeSet<Sku>? changes = null;
        await pull.RunAsync("skus", harness.Client.Skus, options, (page, _) =>
        {
            changes = CatalogChanges.Split(page);
            return Task.CompletedTask;
        });

        Assert.Equal(["FUR-001", "MAR-001"], changes!.Deactivations.Select(s => s.ItemCode.Value).Order()); // deactivated, and unlinked
        Assert.Empty(changes.Upserts);
    }

    [Fact]
    public async Task An_unlinked_family_and_its_items_come_back_inactive()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: CatalogSeed.Standard);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var before = Instant.FromDateTimeOffset(harness.Clock.GetUtcNow());
        harness.Clock.Advance(TimeSpan.FromMinutes(1));

        harness.Server.UnlinkFamily("1", "FER");
        var families = await harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1", ChangedSince = before });
        var products = await harness.Client.Products.ListAsync(new ProductListOptions { StoreCode = "1", ChangedSince = before });

        var family = Assert.Single(families.Items);
        Assert.Equal(("FER", false), (family.Code, family.IsActive));
        Assert.Equal(["FUR-001", "MAR-001"], products.Items.Select(p => p.ItemCode.Value).Order());
        Assert.All(products.Items, p => Assert.False(p.IsActive));
    }

    [Fact]
    public async Task An_item_is_published_only_under_a_family_the_store_publishes()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server =>
        {
            CatalogSeed.Standard(server);
            server.UpsertFamily("OUT", "Fora da loja");
            server.UpsertItem(new FakeItem { ItemCode = "ORFAO-1", Description = "Sem categoria da loja", FamilyCode = "OUT" });
            server.LinkItem("1", "ORFAO-1");
            server.SetPrice("ECOM", "ORFAO-1", 10m);
        });

        var products = await harness.Client.Products.ListAllAsync(new ProductListOptions { StoreCode = "1" }).ToListAsync();
        harness.Server.LinkFamily("1", "OUT");
        var afterLink = await harness.Client.Products.ListAllAsync(new ProductListOptions { StoreCode = "1" }).ToListAsync();

        Assert.DoesNotContain(products, p => p.ItemCode.Value == "ORFAO-1");
        Assert.Contains(afterLink, p => p.ItemCode.Value == "ORFAO-1");
    }

    [Fact]
    public async Task A_reference_SKU_carries_its_own_GTIN_and_dimensions()
    {
        var gtin = Totvs.Ecommerce.Sdk.Domain.Identifiers.Gtin.Parse("7891000000014");
        await using var harness = await SdkHarness.CreateAsync(seed: server =>
        {
            CatalogSeed.Standard(server);
            server.AddReference("CAM-001", "G", "Grande", gtin.Value, new FakeMeasures(NetWeightKg: 0.4m, HeightCm: 3));
            server.SetPrice("ECOM", "CAM-001", 59.9m, "G");
        });

        var skus = await harness.Client.Skus.ListAllAsync(new SkuListOptions { StoreCode = "1" }).ToListAsync();

        var large = skus.Single(s => s.ReferenceCode?.Value == "G");
        Assert.Equal((gtin, 0.4m, 3m), (large.Gtin!.Value, large.NetWeightKg!.Value, large.HeightCm!.Value));
        Assert.Null(skus.Single(s => s.ReferenceCode?.Value == "P").NetWeightKg); // the item's (none) for a reference without its own
    }
}
