using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Products;

namespace Totvs.Ecommerce.Sdk.Tests.Tool;

/// <summary>
/// The habits of real Datasul releases the tool takes on with <c>--quirk</c>, each met by the SDK as the wire contract
/// says it must be: unknown fields ignored, a business code read whether string, number or legacy rowErrors, a 500 with a
/// business code a rejection (not transient), an empty sales list as 404 an empty page, an unknown store never "no data".
/// </summary>
public sealed class QuirkTests
{
    [Fact]
    public async Task Unknown_fields_on_every_record_are_ignored()
    {
        await using var plain = await ToolHost.StartAsync("--items", "5");
        await using var quirky = await ToolHost.StartAsync("--items", "5", "--quirk", "extra-fields");

        using var http = new HttpClient { BaseAddress = quirky.Address };
        http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("integration:fake-password"u8.ToArray()));
        var raw = await http.GetStringAsync($"/dts/datasul-rest/resources/prg/{quirky.App.Erp.Server.Routes.Products}?storeCode=1");
        var expected = (await plain.Client.Products.ListAsync(new ProductListOptions { StoreCode = "1" })).Items.Select(p => p.ItemCode);
        var read = (await quirky.Client.Products.ListAsync(new ProductListOptions { StoreCode = "1" })).Items.Select(p => p.ItemCode);

        Assert.Contains("\"customField99\":{\"internal\":true", raw, StringComparison.Ordinal); // the quirk is on the wire
        Assert.Equal(expected, read);
    }

    [Theory]
    [InlineData("numeric-error-codes", "\"code\":57382")]
    [InlineData("row-errors", "\"rowErrors\":[{\"errorNumber\":\"57382\"")]
    public async Task A_business_code_in_another_shape_is_still_a_rejection_with_its_code(string quirk, string shape)
    {
        await using var tool = await ToolHost.StartAsync("--items", "3", "--quirk", quirk, "--quirk", "business-errors-500");
        var route = tool.App.Erp.Server.Routes.Families;
        const string Fault = """{"method":"GET","route":"ROUTE","kind":"error","status":400,"code":"57382","message":"Natureza de operação não encontrada"}""";
        await tool.PostAsync("/__admin/faults", Fault.Replace("ROUTE", route, StringComparison.Ordinal));
        await tool.PostAsync("/__admin/faults", Fault.Replace("ROUTE", route, StringComparison.Ordinal));

        using var raw = new HttpClient { BaseAddress = tool.Address };
        var body = await (await raw.GetAsync($"/dts/datasul-rest/resources/prg/{route}")).Content.ReadAsStringAsync();
        var rejection = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => tool.Client.Families.ListAsync());

        Assert.Contains(shape, body, StringComparison.Ordinal);
        Assert.Equal("57382", rejection.Error?.Code);
        Assert.Equal(500, rejection.StatusCode);
        Assert.False(rejection.IsTransient); // a 500 with a business code is a rejection: never retried blindly
    }

    [Fact]
    public async Task An_empty_sales_list_as_404_is_an_empty_page_but_an_unknown_store_as_404_is_an_error()
    {
        await using var tool = await ToolHost.StartAsync("--items", "3", "--quirk", "empty-sales-404", "--quirk", "unknown-store-404");

        var orders = await tool.Client.Orders.ListAsync();
        var unknownStore = await Assert.ThrowsAnyAsync<TotvsApiException>(() => tool.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "99" }));
        var (_, journal) = await tool.GetAsync("/__admin/journal");

        Assert.Empty(orders.Items);
        Assert.Equal(404, unknownStore.StatusCode); // never read as "no families": that would unpublish a catalog
        Assert.Equal([404, 404], journal!.AsArray().Select(e => (int?)e!["statusCode"]));
    }
}
