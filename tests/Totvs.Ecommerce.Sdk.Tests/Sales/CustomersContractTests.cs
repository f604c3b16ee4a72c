using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

public sealed class CustomersContractTests
{
    public static TheoryData<ClientTransport> Transports => new() { ClientTransport.InMemory, ClientTransport.Loopback };

    private static Customer Maria => SalesSeed.Customer();

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_customer_is_created_read_listed_updated_and_deleted(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, server => server.AddStore("1"));
        var customers = harness.Client.Customers;

        var created = await customers.CreateAsync(Maria);
        var code = created.CustomerCode!.Value;
        var read = await customers.GetAsync(code);
        var page = await customers.ListAsync(new CustomerListOptions { IncludeTotalCount = true });
        var found = await customers.FindAsync("MARIA-SOUZA");
        var updated = await customers.UpdateAsync(code, Maria with { City = "São Paulo" });
        await customers.DeleteAsync(code);
        var gone = await Assert.ThrowsAsync<TotvsApiException>(() => customers.GetAsync(code));

        Assert.Equal("Maria de Souza", read.CustomerName);
        Assert.Equal(code, Assert.Single(page.Items).CustomerCode);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(code, found?.CustomerCode);
        Assert.Equal("São Paulo", updated.City);
        Assert.True(gone.IsNotFound);
    }

    [Theory]
    [InlineData("ShortName", "at most 12")]
    [InlineData("PersonalId", "check digits")]
    [InlineData("EntityType", "does not match")]
    [InlineData("CustomerName", "required")]
    public async Task A_bad_customer_is_refused_before_sending(string field, string why)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"));
        var customer = field switch
        {
            "ShortName" => Maria with { ShortName = "MARIA-DE-SOUZA-LIMA" },
            "PersonalId" => Maria with { PersonalId = "529.982.247-26" },
            "EntityType" => Maria with { EntityType = EntityType.Company },
            _ => Maria with { CustomerName = "" },
        };

        var error = await Assert.ThrowsAsync<TotvsValidationException>(() => harness.Client.Customers.CreateAsync(customer));

        Assert.Contains(why, Assert.Single(error.Problems, p => p.Field == field).Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Journal.Entries);
    }

    [Fact]
    public async Task A_customer_with_orders_cannot_be_deleted()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var order = (await harness.Client.Orders.CreateAsync(SalesSeed.Order())).Order;

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Customers.DeleteAsync(order.CustomerCode!.Value));

        Assert.Equal("CUSTOMER_HAS_ORDERS", error.Code);
    }

    [Fact]
    public async Task A_customer_whose_answer_is_lost_after_commit_is_created_exactly_once()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        harness.Server.Faults.On("POST", harness.Server.Routes.Customers).Times(1).LoseAnswerAfterCommit();

        var created = await harness.RunAsync(() => harness.Client.Customers.CreateAsync(Maria));
        var again = await harness.RunAsync(() => harness.Client.Customers.CreateAsync(Maria));

        Assert.Equal(created.CustomerCode, again.CustomerCode);
        Assert.Single(harness.Server.Customers);
    }
}
