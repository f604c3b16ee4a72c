using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>
/// A sale by a partner that is not a store (issue 30, seed 000): the published fields of ordersPublic only, no store,
/// payment or carrier to configure; exactly once by (ShortName, CustomerOrderId); refused before sending without a price.
/// </summary>
public sealed class PlainSalesOrderTests
{
    private static void Erp(FakeDatasulServer server)
    {
        // Raw materials and products in the item register, published to no store.
        server.UpsertItem(new FakeItem { ItemCode = "SOJA-GRAO", Description = "Soja em grão", UnitOfMeasure = "SC" });
        server.UpsertItem(new FakeItem { ItemCode = "MILHO-GRAO", Description = "Milho em grão", UnitOfMeasure = "SC" });
    }

    private static Order Sale(string customerOrderId = "VENDA-0001", decimal price = 132.50m) => new()
    {
        CustomerOrderId = customerOrderId,
        ShortName = SalesSeed.Customer().ShortName,
        EmissionDate = new LocalDate(2026, 11, 20),
        ImplantationDate = new LocalDate(2026, 11, 20),
        OrderItems =
        [
            new OrderItem { ItemCode = ItemCode.Parse("SOJA-GRAO"), QuantityBilling = 30, OriginalPrice = price },
            new OrderItem { ItemCode = ItemCode.Parse("MILHO-GRAO"), QuantityBilling = 10, OriginalPrice = 71m },
        ],
    };

    private static async Task<SdkHarness> WithCustomerAsync()
    {
        var harness = await SdkHarness.CreateAsync(seed: Erp);
        await harness.Client.Customers.CreateAsync(SalesSeed.Customer());
        return harness;
    }

    [Fact]
    public async Task A_sale_with_published_fields_only_enters_the_ERP_once_with_what_Datasul_fills()
    {
        await using var harness = await WithCustomerAsync();

        var first = await harness.Client.Orders.CreateAsync(Sale());
        var again = await harness.Client.Orders.CreateAsync(Sale());

        Assert.Equal(CreationOutcome.Created, first.Outcome);
        Assert.Equal(CreationOutcome.AlreadyExisted, again.Outcome);
        Assert.Equal(first.Record.OrderId, again.Record.OrderId);
        var stored = Assert.Single(harness.Server.Orders);
        Assert.Equal("VENDA-0001", stored.CustomerOrderId);
        Assert.NotNull(first.Record.CustomerCode);
        Assert.Equal(30 * 132.50m + 10 * 71m, first.Record.TotalOrderAmount);
        Assert.NotNull(first.Record.TransactionType);
    }

    [Fact]
    public async Task A_sale_whose_answer_is_lost_after_the_ERP_committed_it_is_not_sent_twice()
    {
        await using var harness = await WithCustomerAsync();
        harness.Server.Faults.On("POST", harness.Server.Routes.Orders).LoseAnswerAfterCommit();

        var result = await harness.RunAsync(() => harness.Client.Orders.CreateAsync(Sale()));

        Assert.Equal(CreationOutcome.Created, result.Outcome);
        Assert.Single(harness.Server.Orders);
        Assert.Single(harness.Server.Journal.For("POST", harness.Server.Routes.Orders));
    }

    [Fact]
    public async Task A_sale_without_a_unit_price_is_refused_before_sending_naming_the_item()
    {
        await using var harness = await WithCustomerAsync();

        var error = await Assert.ThrowsAsync<TotvsValidationException>(() => harness.Client.Orders.CreateAsync(Sale(price: 0m)));

        Assert.Contains("SOJA-GRAO", error.Message, StringComparison.Ordinal);
        Assert.Contains("OrderItems[0].OriginalPrice", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Journal.For("POST", harness.Server.Routes.Orders));
        Assert.Empty(harness.Server.Orders);
    }

    [Fact]
    public async Task A_sale_to_a_customer_the_register_does_not_have_is_refused_with_the_program_to_fix_it()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: Erp);

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Orders.CreateAsync(Sale()));

        Assert.Equal(TotvsErrorCodes.CustomerNotRegistered, error.Error!.Code);
        Assert.Contains("CD0704", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Orders);
    }

    [Fact]
    public async Task A_sale_of_an_item_the_register_does_not_have_is_refused_naming_it()
    {
        await using var harness = await WithCustomerAsync();
        var sale = Sale() with { OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("CAFE-VERDE"), QuantityBilling = 1, OriginalPrice = 10m }] };

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Orders.CreateAsync(sale));

        Assert.Equal(TotvsErrorCodes.ItemNotRegistered, error.Error!.Code);
        Assert.Contains("CAFE-VERDE", error.Message, StringComparison.Ordinal);
    }
}
