using Totvs.Ecommerce.Sdk.Testing.Vtex;
using Totvs.Ecommerce.Sdk.Tests.Support;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Tests.Tool;

/// <summary>The tool's fake VTEX (<c>--vtex</c>): the VTEX client over a socket, and the admin API that places orders and shows what arrived.</summary>
public sealed class VtexToolTests
{
    [Fact]
    public async Task The_VTEX_client_publishes_and_reads_orders_through_the_tools_fake_VTEX()
    {
        await using var tool = await ToolHost.StartAsync("--items", "0", "--vtex");
        var address = new Uri(tool.Address, "vtex/");
        var vtex = new VtexClient(new HttpClient(), new VtexClientOptions
        {
            Account = "fakestore", AppKey = FakeVtexServer.DefaultAppKey, AppToken = FakeVtexServer.DefaultAppToken, AccountAddress = address, PricingAddress = address,
        });
        var order = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "samples", "OrderIngestion", "orders", "1001-boleto.json"));

        var category = await vtex.Catalog.CreateCategoryAsync(new VtexCategory { Name = "Ferramentas" });
        var (placed, body) = await tool.PostAsync("/__admin/vtex/orders", order);
        var feed = await vtex.Orders.ReadFeedAsync();
        await vtex.Orders.StartHandlingAsync(feed[0].OrderId);
        var (_, catalog) = await tool.GetAsync("/__admin/vtex/catalog");
        var (_, inVtex) = await tool.GetAsync($"/__admin/vtex/orders/{feed[0].OrderId}");

        Assert.Equal(201, placed);
        Assert.Equal((string?)body!["orderId"], feed[0].OrderId);
        Assert.Equal(category.Id, (int?)catalog!["categories"]![0]!["Id"]);
        Assert.Equal("handling", (string?)inVtex!["status"]);
    }

    [Fact]
    public async Task Without_vtex_the_VTEX_admin_routes_say_how_to_start_it()
    {
        await using var tool = await ToolHost.StartAsync("--items", "0");

        var (status, body) = await tool.GetAsync("/__admin/vtex/catalog");

        Assert.Equal(409, status);
        Assert.Contains("--vtex", (string?)body!["error"], StringComparison.Ordinal);
    }
}
