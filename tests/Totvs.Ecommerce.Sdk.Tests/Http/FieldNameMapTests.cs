using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>The catalog's field names are the SDK's guess ([sdk]): a Datasul release that spells one otherwise is read through a configured map.</summary>
public class FieldNameMapTests
{
    [Fact]
    public async Task A_renamed_catalog_field_is_read_through_the_configured_map_and_fields_are_asked_by_the_ERPs_name()
    {
        string? query = null;
        var handler = new StubHandler(request =>
        {
            query = request.RequestUri!.Query;
            return (200, """{"hasNext":false,"items":[{"categoryParentCode":"FER","description":"Ferramentas","categoryErpDesc":"ignored"}]}""");
        });
        var client = StubHandler.CreateClient(handler, options => options.FieldNames["Families"] = new() { [FamilyFields.Description] = "description" });

        var page = await client.Families.ListAsync(new FamilyListOptions { Fields = [FamilyFields.Code, FamilyFields.Description], OrderBy = ["-" + FamilyFields.Description] });

        Assert.Equal("Ferramentas", Assert.Single(page.Items).Description);
        Assert.Contains("fields=categoryParentCode%2Cdescription", query, StringComparison.Ordinal);
        Assert.Contains("order=-description", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_map_the_contracts_names_are_used_and_other_resources_are_untouched()
    {
        var handler = new StubHandler(request => request.RequestUri!.AbsolutePath.Contains("businessFamily", StringComparison.Ordinal)
            ? (200, """{"hasNext":false,"items":[{"categoryParentCode":"FER","categoryErpDesc":"Ferramentas"}]}""")
            : (200, """{"hasNext":false,"Orders":[{"CustomerOrderId":"V-1","ShortName":"JOAO","Comments":"ok"}]}"""));
        var renamingOrders = StubHandler.CreateClient(handler, options => options.FieldNames["Orders"] = new() { [OrderFields.Comments] = "Observacoes" });

        var family = Assert.Single((await renamingOrders.Families.ListAsync()).Items);
        var order = Assert.Single((await renamingOrders.Orders.ListAsync()).Items);

        Assert.Equal("Ferramentas", family.Description);
        Assert.Null(order.Comments); // read as "Observacoes" now; the contract's name is unknown to this release
        Assert.Equal("ok", order.AdditionalFields!["Comments"].GetString());
    }

    [Fact]
    public void The_map_binds_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Totvs:Ecommerce:BaseAddress"] = "https://erp.example.com.br:8543",
            ["Totvs:Ecommerce:Authentication:Username"] = "u",
            ["Totvs:Ecommerce:Authentication:Password"] = "p",
            ["Totvs:Ecommerce:FieldNames:Families:categoryErpDesc"] = "description",
        }).Build();
        var services = new ServiceCollection();
        services.AddTotvsEcommerce(configuration.GetSection("Totvs:Ecommerce"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<TotvsEcommerceOptions>>().Value;

        Assert.Equal("description", options.FieldNames["Families"]["categoryErpDesc"]);
    }

    [Theory]
    [InlineData("Famlies", "categoryErpDesc", "description", "FieldNames:Famlies is not a resource")]
    [InlineData("Families", "descricao", "description", "FieldNames:Families:descricao is not a field of Family")]
    [InlineData("Families", "categoryErpDesc", "has space", "is not a field name")]
    public void A_broken_map_is_refused_at_start_naming_the_entry(string entry, string sdkName, string erpName, string expected)
    {
        var options = new TotvsEcommerceOptions
        {
            BaseAddress = new Uri("https://erp.example.com.br:8543"),
            Authentication = new TotvsAuthenticationOptions { Username = "u", Password = "p" },
        };
        options.FieldNames[entry] = new() { [sdkName] = erpName };

        var result = new TotvsEcommerceOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }
}
