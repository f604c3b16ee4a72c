using System.Globalization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.TestData;

/// <summary>
/// Valid orders by number for load — one item of FUR-001 at 399.90, paid by card, for store 1 — shared by the tests and
/// the benchmarks (compiled into both from tests/Shared).
/// </summary>
internal static class NumberedOrders
{
    /// <summary>Order number <paramref name="i"/>: customer order id <c>B000000001</c> and so on.</summary>
    public static Order Number(int i) => new()
    {
        CustomerOrderId = "B" + i.ToString("D9", CultureInfo.InvariantCulture),
        ShortName = "14538220620",
        EcommerceCustomerPersonalId = CpfOrCnpj.Parse("14538220620"),
        EcommerceDeliveryAddress = new OrderDeliveryAddress { State = Uf.Parse("RJ") },
        EcommerceStoreCode = "1",
        EmissionDate = new LocalDate(2026, 3, 1),
        ImplantationDate = new LocalDate(2026, 3, 1),
        PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO" },
        OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("FUR-001"), OriginalPrice = 399.90m, QuantityBilling = 1 }],
    };
}
