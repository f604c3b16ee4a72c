using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Purchases;

/// <summary>
/// A partner's product map is validated against the ERP's item register (issue 30), not only the items published to
/// a store: the raw materials it buys are registered and published nowhere.
/// </summary>
public sealed class ItemRegisterTests
{
    private static void Erp(Totvs.Ecommerce.Sdk.Testing.FakeDatasulServer server)
    {
        SalesSeed.Store(server); // FUR-001 published to store 1
        server.UpsertItem(new FakeItem { ItemCode = "MP-ADUBO", Description = "Adubo NPK", UnitOfMeasure = "KG" }); // published nowhere
    }

    [Fact]
    public async Task An_item_published_nowhere_is_found_in_the_register_and_an_unknown_one_is_not()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: Erp);

        var rawMaterial = await harness.Client.Products.FindInRegisterAsync(ItemCode.Parse("MP-ADUBO"));
        var unknown = await harness.Client.Products.FindInRegisterAsync(ItemCode.Parse("NAO-EXISTE"));
        var published = await harness.Client.Products.ListAsync(new Products.ProductListOptions { StoreCode = "1" });

        Assert.Equal("Adubo NPK", rawMaterial!.Description);
        Assert.Null(unknown);
        Assert.DoesNotContain(published.Items, p => p.ItemCode.Value == "MP-ADUBO");
    }

    [Fact]
    public async Task The_map_is_valid_for_registered_raw_materials_and_names_each_mapping_the_register_lacks()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: Erp);
        var map = new ProductMap(new InMemorySyncStore());
        await map.MapAsync(new ProductMapping("MP-ADUBO", "Insumo", "SACO-50KG"));
        await map.MapAsync(new ProductMapping("FUR-001", "Ferramenta", "CX-1"));
        await map.MapAsync(new ProductMapping("MP-SUMIU", "Insumo", "SACO-25KG"));

        var problems = await map.ValidateInRegisterAsync(harness.Client.Products);

        var problem = Assert.Single(problems);
        Assert.Equal("MP-SUMIU", problem.Field);
        Assert.Contains("CD0204", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_register_that_fails_is_an_exception_never_a_map_reported_invalid()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: Erp);
        harness.Server.Faults.On("GET", harness.Server.Routes.Items).Always().RespondWithStatus(500);
        var map = new ProductMap(new InMemorySyncStore());
        await map.MapAsync(new ProductMapping("MP-ADUBO", "Insumo", "SACO-50KG"));

        await Assert.ThrowsAnyAsync<TotvsException>(() => harness.RunAsync(() => map.ValidateInRegisterAsync(harness.Client.Products)));
    }
}
