using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>A store that takes orders, and valid orders for it; each test breaks one thing.</summary>
public static class SalesSeed
{
    public static void Store(FakeDatasulServer server)
    {
        server.AddStore("1")
            .WithPriceTable("ECOM", "1")
            .WithDeposit("1", "ECO")
            .WithItem("FUR-001", "Furadeira", 399.90m, 10, "FER")
            .WithReferencedItem(new FakeItem { ItemCode = "CAM-001", Description = "Camiseta" }, ("M", "Média", 59.90m, 3));
        server.AddCarrier("correios-pac", 12, "CORREIOS");
        server.AddRepresentative("MKT-A");
    }

    /// <summary>A valid individual customer (a real CPF check digit, SP, a CEP of Paulista avenue).</summary>
    public static Customer Customer() => new()
    {
        ShortName = "MARIA-SOUZA",
        CustomerName = "Maria de Souza",
        CustomerGroup = 10,
        Modality = CollectionModality.SimpleCollection,
        RepresentativeCode = 1,
        Country = "Brasil",
        Address = "Rua das Flores, 100",
        EntityType = EntityType.Individual,
        PersonalId = "529.982.247-25",
        State = "SP",
        ZipCode = "01310-100",
        Email = "maria@example.com",
    };

    public static Order Order(string customerOrderId = "V-1001", string payment = "BOLETO", PaymentMethodType type = PaymentMethodType.Boleto) => new()
    {
        CustomerOrderId = customerOrderId,
        ShortName = "JOAO-SILVA",
        EmissionDate = new LocalDate(2026, 3, 1),
        ImplantationDate = new LocalDate(2026, 3, 1),
        EcommerceCustomerPersonalId = CpfOrCnpj.Parse("145.382.206-20"),
        EcommerceDeliveryAddress = new OrderDeliveryAddress { Street = "Av. Rio Branco, 1", City = "Rio de Janeiro", State = Uf.Parse("RJ"), ZipCode = Cep.Parse("20040-020") },
        EcommerceStoreCode = "1",
        EcommerceOrderId = "1234567890-01",
        TradePolicyId = "1",
        CarrierEcommerceId = "correios-pac",
        PaymentMethod = new OrderPaymentMethod { Type = type, Code = payment, Installments = 1, Value = 519.70m },
        EcommerceFreight = 20m,
        OrderItems =
        [
            new OrderItem { ItemCode = ItemCode.Parse("FUR-001"), OriginalPrice = 399.90m, QuantityBilling = 1 },
            new OrderItem { ItemCode = ItemCode.Parse("CAM-001"), ReferenceCode = ReferenceCode.Parse("M"), OriginalPrice = 59.90m, QuantityBilling = 2, IsGift = true },
        ],
    };
}
