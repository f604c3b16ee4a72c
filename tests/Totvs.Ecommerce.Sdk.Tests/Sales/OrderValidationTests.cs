using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>Bad orders are refused by the client before anything is sent, with the field named.</summary>
public sealed class OrderValidationTests
{
    public static TheoryData<string, string, string> BadOrders => new()
    {
        { "long short name", "ShortName", "at most 12" },
        { "missing customer order", "CustomerOrderId", "required" },
        { "no items", "OrderItems", "at least one item" },
        { "missing item code", "OrderItems[0].ItemCode", "required" },
        { "zero quantity", "OrderItems[0].QuantityBilling", "greater than zero" },
        { "long street", "EcommerceDeliveryAddress.Street", "at most 40" },
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
    public void Identifiers_on_an_order_are_value_types_that_refuse_a_bad_value_where_it_is_written()
    {
        Assert.Contains("check digit", Assert.Throws<FormatException>(() => CpfOrCnpj.Parse("145.382.206-21")).Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("16", Assert.Throws<FormatException>(() => ItemCode.Parse("ITEM-CODE-LONGER-THAN-16")).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Uf.Parse("XX"));
        Assert.Contains("8 digits", Assert.Throws<FormatException>(() => Cep.Parse("2004-0020")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_order_has_no_problem() => Assert.Empty(OrderValidation.Validate(SalesSeed.Order()));

    private static Order Break(string what, Order order) => what switch
    {
        "long short name" => order with { ShortName = "JOAO-DA-SILVA-SAURO" },
        "missing customer order" => order with { CustomerOrderId = "" },
        "no items" => order with { OrderItems = [] },
        "missing item code" => order with { OrderItems = [order.OrderItems[0] with { ItemCode = default }] },
        "zero quantity" => order with { OrderItems = [order.OrderItems[0] with { QuantityBilling = 0 }] },
        "long street" => order with { EcommerceDeliveryAddress = order.EcommerceDeliveryAddress! with { Street = new string('R', 41) } },
        "missing dates" => order with { EmissionDate = default },
        "nosso número on a card" => order with
        {
            PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO", BankSlipNumber = "123" },
        },
        _ => order,
    };
}
