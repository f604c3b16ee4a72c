using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Catalog;

public sealed class SkusContractTests
{
    public static TheoryData<ClientTransport> Transports => new() { ClientTransport.InMemory, ClientTransport.Loopback };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Reference_mode_publishes_one_SKU_per_item_or_per_reference(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, CatalogSeed.Standard);

        var page = await harness.Client.Skus.ListAsync(new SkuListOptions { StoreCode = "1" });
        var medium = await harness.Client.Skus.GetAsync("CAM-001/M", "1");

        Assert.Equal(["CAM-001/M", "CAM-001/P", "FUR-001", "MAR-001"], page.Items.Select(s => s.SkuId));
        Assert.Equal(ReferenceCode.Parse("M"), medium.ReferenceCode);
        Assert.Equal("CAM-001", medium.ItemCode.Value);
        Assert.Null(page.Items[2].ReferenceCode);
        Assert.Equal(CatalogSeed.DrillGtin, page.Items[2].Gtin?.Value);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Root_SKU_mode_publishes_roots_with_their_grid_values(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, server =>
        {
            server.SetCatalogMode(CatalogMode.RootSku);
            server.AddStore("1").WithItem("TEN-38", "Tênis 38", 199m, 3).WithItem("TEN-39", "Tênis 39", 199m, 0);
            server.UpsertItem(new FakeItem { ItemCode = "TEN-40", Description = "Tênis 40 (sem loja)" });
            server.UpsertRoot("TENIS", "Tênis de corrida", "CAL",
            [
                new FakeRootVariant("TEN-38", new Dictionary<string, string> { ["Tamanho"] = "38" }),
                new FakeRootVariant("TEN-39", new Dictionary<string, string> { ["Tamanho"] = "39" }),
                new FakeRootVariant("TEN-40", new Dictionary<string, string> { ["Tamanho"] = "40" }),
            ]);
        });

        var root = Assert.Single((await harness.Client.RootSkus.ListAsync()).Items);
        var byKey = await harness.Client.RootSkus.GetAsync("TENIS");

        Assert.Equal("Tênis de corrida", root.Description);
        Assert.Equal(["TEN-38", "TEN-39"], root.Skus.Select(s => s.ItemCode.Value));
        Assert.Equal("39", root.Skus[1].GridValues["Tamanho"]);
        Assert.Equal(root.Skus.Count, byKey.Skus.Count);
    }

    [Fact]
    public async Task A_company_uses_one_SKU_mode_and_the_other_resource_says_so()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: CatalogSeed.Standard);

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.RootSkus.ListAsync());

        Assert.Equal(TotvsErrorCodes.CatalogModeMismatch, error.Code);
        Assert.Contains("Reference", error.Message, StringComparison.Ordinal);
    }
}
