using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Tool;

/// <summary>What the tool's tests seed: a store with one item, and a customer and an order with personal data.</summary>
internal static class SeedBodies
{
    public const string Store = """{"code":"1","priceTables":["ECOM"],"deposits":[{"branchId":"1","warehouseCode":"ECO"}],"families":[{"code":"FER","description":"Ferramentas"}],"items":[{"code":"FUR-001","description":"Furadeira","price":399.9,"stock":12,"family":"FER","netWeightKg":1.8,"grossWeightKg":2.1,"heightCm":25,"widthCm":8,"lengthCm":30}]}""";

    /// <summary>A customer and an order as the SDK sends them (taken from a fake's journal): the wire bodies a seed carries.</summary>
    public static async Task<(string Customer, string Order)> FromSdkAsync()
    {
        var source = new FakeDatasulServer();
        source.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithItem("FUR-001", "Furadeira", 399.90m, 12, "FER");
        var client = new TotvsEcommerceClient(new HttpClient(source.CreateHandler()), source.CreateClientOptions());
        await client.Customers.CreateAsync(SalesSeed.Customer());
        await client.Orders.CreateAsync(new Order
        {
            CustomerOrderId = "S-0001",
            ShortName = "14538220620",
            EcommerceCustomerPersonalId = CpfOrCnpj.Parse("145.382.206-20"),
            EmissionDate = new LocalDate(2026, 3, 1),
            ImplantationDate = new LocalDate(2026, 3, 1),
            EcommerceDeliveryAddress = new OrderDeliveryAddress { State = Uf.Parse("SP") },
            EcommerceStoreCode = "1",
            EcommerceOrderId = "S-0001",
            PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO", Installments = 1 },
            OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("FUR-001"), OriginalPrice = 399.90m, QuantityBilling = 1 }],
        });
        return (source.Journal.For("POST", source.Routes.Customers).First().Body!, source.Journal.For("POST", source.Routes.Orders).First().Body!);
    }
}
