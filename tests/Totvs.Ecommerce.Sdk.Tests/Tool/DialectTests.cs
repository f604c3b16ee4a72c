using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Preflight;

namespace Totvs.Ecommerce.Sdk.Tests.Tool;

/// <summary>
/// Learning a release's dialect on first contact (issue 31): the go-live check reads one record of each resource from
/// the tool playing a release that spells a field otherwise and adds fields of its own, and names each difference with
/// the FieldNames setting that maps it; mapped, the difference is gone and the field is read.
/// </summary>
public sealed class DialectTests
{
    private static readonly PreflightExpectations Store1 = new() { StoreCode = "1" };

    [Fact]
    public async Task A_renamed_field_is_named_with_the_setting_that_maps_it_and_an_unknown_one_as_unknown()
    {
        await using var tool = await ToolHost.StartAsync("--quirk", "renamed-fields", "--quirk", "extra-fields");

        var dialect = (await new GoLivePreflight(tool.Client).RunAsync(Store1)).Findings.Where(f => f.Check == "dialect").ToList();

        var renamed = Assert.Single(dialect, f => f.Subject == "Families.categoryErpDesc");
        Assert.Contains("FieldNames:Families:categoryErpDesc = description", renamed.Message, StringComparison.Ordinal);
        Assert.Contains(dialect, f => f.Subject == "Families.customField99" && f.Message.Contains("does not read", StringComparison.Ordinal));
        Assert.Contains(dialect, f => f.Subject == "Products.customField99");
        Assert.DoesNotContain(dialect, f => f.Subject == "Families.description"); // paired with its SDK name, not reported twice
    }

    [Fact]
    public async Task Once_mapped_the_renamed_field_is_read_and_no_longer_reported()
    {
        await using var tool = await ToolHost.StartAsync("--quirk", "renamed-fields");
        var options = tool.App.Erp.Server.CreateClientOptions(tool.Address);
        options.FieldNames["Families"] = new() { [FamilyFields.Description] = "description" };
        var mapped = new TotvsEcommerceClient(new HttpClient(), options);

        var report = await new GoLivePreflight(mapped).RunAsync(Store1);
        var family = (await mapped.Families.ListAsync(new FamilyListOptions { StoreCode = "1" })).Items[0];
        var unmapped = (await tool.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" })).Items[0];

        Assert.DoesNotContain(report.Findings, f => f.Check == "dialect");
        Assert.False(string.IsNullOrEmpty(family.Description));
        Assert.Null(unmapped.Description); // what the connector would have lost without the setting
    }
}
