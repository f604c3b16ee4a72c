using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;
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
    public async Task Each_planted_difference_is_named_with_the_setting_that_maps_it_and_nothing_else()
    {
        await using var tool = await StartWithSalesAsync("--quirk", "renamed-fields", "--quirk", "extra-fields");

        var dialect = (await new GoLivePreflight(tool.Client).RunAsync(Store1)).Findings.Where(f => f.Check == "dialect").ToList();

        // The three renamed fields, each with the setting that maps it; besides them only the unknown field extra-fields plants.
        Assert.Equal(
            [
                ("Customers.ZipCode", "FieldNames:Customers:ZipCode = CEP"),
                ("Families.categoryErpDesc", "FieldNames:Families:categoryErpDesc = description"),
                ("Orders.EcommerceStoreCode", "FieldNames:Orders:EcommerceStoreCode = CodigoLojaEcommerce"),
            ],
            dialect.Where(f => !f.Subject!.EndsWith(".customField99", StringComparison.Ordinal)).Select(f => (f.Subject!, Planted(f.Message))).Order().ToList());
        Assert.All(dialect.Where(f => f.Subject!.EndsWith(".customField99", StringComparison.Ordinal)),
            f => Assert.Contains("which the SDK does not read", f.Message, StringComparison.Ordinal));
        Assert.Contains(dialect, f => f.Subject == "Customers.customField99");
    }

    [Fact]
    public async Task Once_mapped_each_renamed_field_is_read_and_no_longer_reported()
    {
        await using var tool = await StartWithSalesAsync("--quirk", "renamed-fields");
        var options = tool.App.Erp.Server.CreateClientOptions(tool.Address);
        options.FieldNames["Families"] = new() { [FamilyFields.Description] = "description" };
        options.FieldNames["Orders"] = new() { [OrderFields.EcommerceStoreCode] = "CodigoLojaEcommerce" };
        options.FieldNames["Customers"] = new() { [CustomerFields.ZipCode] = "CEP" };
        var mapped = new TotvsEcommerceClient(new HttpClient(), options);

        var report = await new GoLivePreflight(mapped).RunAsync(Store1);
        var family = (await mapped.Families.ListAsync(new FamilyListOptions { StoreCode = "1" })).Items[0];
        var unmapped = (await tool.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" })).Items[0];
        var customer = (await mapped.Customers.FindAsync("MARIA-SOUZA"))!;
        var unmappedCustomer = (await tool.Client.Customers.FindAsync("MARIA-SOUZA"))!;

        Assert.DoesNotContain(report.Findings, f => f.Check == "dialect");
        Assert.False(string.IsNullOrEmpty(family.Description));
        Assert.Null(unmapped.Description); // what the connector would have lost without the setting
        Assert.Equal("01310-100", customer.ZipCode); // as the seed wrote it
        Assert.Null(unmappedCustomer.ZipCode);
    }

    /// <summary>A release that spells the CEP otherwise ignores it under the SDK's name: only the mapped client keeps it.</summary>
    [Fact]
    public async Task A_customer_is_written_under_the_releases_name_once_mapped()
    {
        await using var tool = await StartWithSalesAsync("--quirk", "renamed-fields");
        var options = tool.App.Erp.Server.CreateClientOptions(tool.Address);
        options.FieldNames["Customers"] = new() { [CustomerFields.ZipCode] = "CEP" };
        var mapped = new TotvsEcommerceClient(new HttpClient(), options);

        var kept = await mapped.Customers.CreateAsync(SalesSeed.Customer() with { ShortName = "MAPEADO", PersonalId = "529.982.247-25", ZipCode = "20040020" });
        var lost = await tool.Client.Customers.CreateAsync(SalesSeed.Customer() with { ShortName = "SEM-MAPA", PersonalId = "111.444.777-35", ZipCode = "20040020" });

        Assert.Equal("20040020", kept.Record.ZipCode);
        Assert.Null((await mapped.Customers.FindAsync("SEM-MAPA"))!.ZipCode); // what a connector loses without the setting
    }

    /// <summary>The tool as a command against a release (here the tool itself, playing one): each difference, then the mapped run clean.</summary>
    [Fact]
    public async Task The_dialect_command_prints_each_difference_and_succeeds_once_mapped()
    {
        await using var tool = await StartWithSalesAsync("--quirk", "renamed-fields");
        string? Environment(string name) => name == "TOTVS_PASSWORD" ? Totvs.Ecommerce.Sdk.Testing.FakeDatasulServer.DefaultPassword : null;
        string[] target = ["--target", tool.Address.ToString(), "--user", Totvs.Ecommerce.Sdk.Testing.FakeDatasulServer.DefaultUsername, "--store", "1"];
        var report = new StringWriter();
        var clean = new StringWriter();

        var differences = await Totvs.Ecommerce.FakeDatasul.DialectCommand.RunAsync(target, Environment, report);
        var mapped = await Totvs.Ecommerce.FakeDatasul.DialectCommand.RunAsync(
            [.. target, "--field-name", "Families:categoryErpDesc=description", "--field-name", "Orders:EcommerceStoreCode=CodigoLojaEcommerce",
             "--field-name", "Customers:ZipCode=CEP"], Environment, clean);
        var withoutPassword = await Totvs.Ecommerce.FakeDatasul.DialectCommand.RunAsync(target, _ => null, new StringWriter());

        Assert.Equal(3, differences);
        Assert.Contains("FieldNames:Customers:ZipCode = CEP", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("FieldNames:Orders:EcommerceStoreCode = CodigoLojaEcommerce", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("3 difference(s)", report.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, mapped);
        Assert.Contains("no field differs", clean.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, withoutPassword);
    }

    private static async Task<ToolHost> StartWithSalesAsync(params string[] quirks)
    {
        var (customer, order) = await SeedBodies.FromSdkAsync();
        var tool = await ToolHost.StartAsync(["--items", "0", .. quirks]);
        var (status, body) = await tool.PostAsync("/__admin/seed", $$"""{"stores":[{{SeedBodies.Store}}],"customers":[{{customer}}],"orders":[{{order}}]}""");
        Assert.True(status is >= 200 and < 300, body?.ToJsonString());
        return tool;
    }

    /// <summary>The mapping a finding gives, or that it is an unknown field.</summary>
    private static string Planted(string message) =>
        System.Text.RegularExpressions.Regex.Match(message, @"FieldNames:\w+:\w+ = \w+") is { Success: true } mapping ? mapping.Value
            : message.Contains("does not read", StringComparison.Ordinal) ? "does not read" : message;
}
