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
        var code = created.Record.CustomerCode!.Value;
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
        var order = (await harness.Client.Orders.CreateAsync(SalesSeed.Order())).Record;

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

        Assert.Equal(created.Record.CustomerCode, again.Record.CustomerCode);
        Assert.Single(harness.Server.Customers);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_people_under_one_short_name_are_a_collision_never_the_other_person(bool answerLost)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var first = await harness.Client.Customers.CreateAsync(Maria);
        var namesake = Maria with { CustomerName = "Maria Souza", PersonalId = "123.456.789-09", Email = "outra@example.com" };
        if (answerLost)
        {
            harness.Server.Faults.On("POST", harness.Server.Routes.Customers).Times(1).LoseAnswerAfterCommit();
        }

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.RunAsync(() => harness.Client.Customers.CreateAsync(namesake)));

        Assert.Equal(TotvsErrorCodes.CustomerKeyCollision, error.Code);
        Assert.Contains($"ERP customer {first.Record.CustomerCode} with CPF ***.982.247-**", error.Message, StringComparison.Ordinal);
        Assert.Contains("customer sent with CPF ***.456.789-**", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("529.982.247-25", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("123.456.789-09", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("MARIA-SOUZA", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("529.982.247-25", Assert.Single(harness.Server.Customers).Json["PersonalId"]!.GetValue<string>()); // the first one, untouched
    }

    [Fact]
    public async Task The_same_customer_sent_twice_with_its_document_written_differently_is_created_once_and_returned()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);

        var created = await harness.Client.Customers.CreateAsync(Maria);
        var again = await harness.Client.Customers.CreateAsync(Maria with { PersonalId = "52998224725" });

        Assert.Equal(created.Record.CustomerCode, again.Record.CustomerCode);
        Assert.Single(harness.Server.Customers);
    }

    [Fact]
    public async Task A_customer_found_without_a_document_is_a_collision_for_one_sent_with_a_document()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        await harness.Client.Customers.CreateAsync(Maria with { EntityType = EntityType.Foreign, PersonalId = null, Country = "Argentina", State = null, ZipCode = null });

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Customers.CreateAsync(Maria));

        Assert.Equal(TotvsErrorCodes.CustomerKeyCollision, error.Code);
        Assert.Contains("with no CPF/CNPJ, not by the customer sent with CPF ***.982.247-**", error.Message, StringComparison.Ordinal);
    }
}
