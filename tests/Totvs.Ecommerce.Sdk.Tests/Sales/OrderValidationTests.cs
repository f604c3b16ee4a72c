using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>Bad orders are refused by the client before anything is sent, with the field named.</summary>
public sealed class OrderValidationTests
{
    public static TheoryData<string, string, string> BadOrders => new()
    {
        { "invalid CPF", "EcommerceCustomerPersonalId", "check digits" },
        { "long short name", "ShortName", "at most 12" },
        { "missing customer order", "CustomerOrderId", "required" },
        { "no items", "OrderItems", "at least one item" },
        { "long item code", "OrderItems[0].ItemCode", "at most 16" },
        { "zero quantity", "OrderItems[0].QuantityBilling", "greater than zero" },
        { "bad UF", "EcommerceDeliveryAddress.State", "not a Brazilian UF" },
        { "bad CEP", "EcommerceDeliveryAddress.ZipCode", "not a CEP" },
        { "missing dates", "EmissionDate", "required" },
        { "nosso número on a card", "PaymentMethod.BankSlipNumber", "boleto payments only" },
    };

    [Theory]
    [MemberData(nameof(BadOrders))]
    public async Task A_bad_order_is_refused_before_sending_with_the_field_named(string what, string field, string why)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var order = Break(what, SalesSeed.Order());

        var error = await Assert.ThrowsAsync<TotvsValidationException>(() => harness.Client.Orders.CreateAsync(order));

        var problem = Assert.Single(error.Problems, p => p.Field == field);
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Journal.Entries);
    }

    [Fact]
    public void A_valid_order_has_no_problem() => Assert.Empty(OrderValidation.Validate(SalesSeed.Order()));

    private static Order Break(string what, Order order) => what switch
    {
        "invalid CPF" => order with { EcommerceCustomerPersonalId = "145.382.206-21" },
        "long short name" => order with { ShortName = "JOAO-DA-SILVA-SAURO" },
        "missing customer order" => order with { CustomerOrderId = "" },
        "no items" => order with { OrderItems = [] },
        "long item code" => order with { OrderItems = [order.OrderItems[0] with { ItemCode = "ITEM-CODE-LONGER-THAN-16" }] },
        "zero quantity" => order with { OrderItems = [order.OrderItems[0] with { QuantityBilling = 0 }] },
        "bad UF" => order with { EcommerceDeliveryAddress = order.EcommerceDeliveryAddress! with { State = "XX" } },
        "bad CEP" => order with { EcommerceDeliveryAddress = order.EcommerceDeliveryAddress! with { ZipCode = "2004-0020" } },
        "missing dates" => order with { EmissionDate = default },
        "nosso número on a card" => order with
        {
            PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO", BankSlipNumber = "123" },
        },
        _ => order,
    };
}
