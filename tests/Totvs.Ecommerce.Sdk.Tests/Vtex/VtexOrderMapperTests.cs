using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Tests.Vtex;

public sealed class VtexOrderMapperTests
{
    private const string VtexJson = """
        {
          "orderId": "1234567890123-01",
          "creationDate": "2026-03-01T02:30:00.0000000+00:00",
          "salesChannel": "1",
          "affiliateId": "",
          "value": 53970,
          "totals": [ { "id": "Items", "value": 51970 }, { "id": "Shipping", "value": 2000 } ],
          "items": [
            { "id": "11", "refId": "FUR-001", "quantity": 1, "price": 39990, "sellingPrice": 39990 },
            { "id": "12", "refId": "CAM-001/M", "quantity": 2, "price": 5990, "sellingPrice": 5990, "isGift": true }
          ],
          "clientProfileData": { "document": "145.382.206-20", "firstName": "João", "lastName": "Silva", "isCorporate": false },
          "shippingData": {
            "address": { "postalCode": "20040-020", "state": "RJ", "city": "Rio de Janeiro", "street": "Av. Rio Branco", "number": "1", "country": "BRA" },
            "logisticsInfo": [ { "selectedSla": "PAC", "deliveryIds": [ { "courierId": "correios-pac" } ] } ]
          },
          "paymentData": { "transactions": [ { "payments": [
            { "group": "bankInvoice", "paymentSystemName": "Boleto Bancário", "installments": 1, "value": 53970, "bankIssuedInvoiceIdentificationNumber": "34191790010104351004791020150008291070026000" }
          ] } ] },
          "someFieldVtexAddsLater": { "ignored": true }
        }
        """;

    [Fact]
    public void A_VTEX_order_becomes_a_Datasul_order()
    {
        var order = VtexOrderMapper.ToDatasulOrder(VtexOrderMapper.Parse(VtexJson), null, new LocalDate(2026, 3, 1));

        Assert.Equal("14538220620", order.EcommerceCustomerPersonalId?.Value);
        Assert.Equal("14538220620", order.ShortName);
        Assert.Equal("456789012301", order.CustomerOrderId);
        Assert.Equal("1234567890123-01", order.EcommerceOrderId);
        Assert.Equal(new LocalDate(2026, 2, 28), order.EmissionDate); // 02:30 UTC is still the 28th in São Paulo
        Assert.Equal("20040020", order.EcommerceDeliveryAddress?.ZipCode?.Value);
        Assert.Equal("RJ", order.EcommerceDeliveryAddress?.State?.Code);
        Assert.Equal("correios-pac", order.CarrierEcommerceId);
        Assert.Equal(20m, order.EcommerceFreight);
        Assert.Equal("456789012301", order.RepresentativeOrderId); // PD1001 "Pedido Repres": the store's order number
        Assert.Null(order.TotalOrderAmount); // read-only: the ERP computes it
        Assert.Equal(PaymentMethodType.Boleto, order.PaymentMethod?.Type);
        Assert.Equal("BOLETO", order.PaymentMethod?.Code);
        Assert.StartsWith("3419", order.PaymentMethod?.BankSlipNumber, StringComparison.Ordinal);
        Assert.Equal([("FUR-001", (string?)null, 399.90m), ("CAM-001", "M", 59.90m)], order.OrderItems.Select(i => (i.ItemCode.Value, i.ReferenceCode?.Value, i.OriginalPrice)));
        Assert.True(order.OrderItems[1].IsGift);
        Assert.Null(order.Intermediary);
    }

    /// <summary>docs/domain.md, "Payment methods from the store": PIX is a transfer, a debit card a card, and a marketplace sale Faturado.</summary>
    [Theory]
    [InlineData("instantPayment", "", "TRANSFERENCIA", PaymentMethodType.BankTransfer)]
    [InlineData("debitCard", "", "CARTAO", PaymentMethodType.CreditCard)]
    [InlineData("creditCard", "", "CARTAO", PaymentMethodType.CreditCard)]
    [InlineData("bankInvoice", "", "BOLETO", PaymentMethodType.Boleto)]
    [InlineData("promissory", "", "FATURADO", PaymentMethodType.Invoiced)]
    [InlineData("instantPayment", "MLB", "FATURADO", PaymentMethodType.Invoiced)]
    [InlineData("debitCard", "MLB", "FATURADO", PaymentMethodType.Invoiced)]
    public void Each_payment_group_maps_to_its_Datasul_method_and_a_marketplace_sale_to_Faturado(string group, string affiliate, string code, PaymentMethodType type)
    {
        var json = VtexJson
            .Replace("\"group\": \"bankInvoice\"", $"\"group\": \"{group}\"", StringComparison.Ordinal)
            .Replace("\"affiliateId\": \"\"", $"\"affiliateId\": \"{affiliate}\"", StringComparison.Ordinal);

        var order = VtexOrderMapper.ToDatasulOrder(VtexOrderMapper.Parse(json), null, new LocalDate(2026, 3, 1));

        Assert.Equal((code, type), (order.PaymentMethod?.Code, order.PaymentMethod?.Type));
    }

    [Fact]
    public void A_marketplace_affiliate_becomes_the_intermediary_and_a_corporate_buyer_its_CNPJ()
    {
        var vtex = VtexOrderMapper.Parse(VtexJson) with
        {
            AffiliateId = "MLB",
            ClientProfileData = new VtexClientProfile { IsCorporate = true, CorporateDocument = "12.ABC.345/01DE-35" },
        };
        var options = new VtexMappingOptions { AffiliateRepresentatives = new Dictionary<string, string> { ["MLB"] = "MERCADOLIVRE" } };

        var order = VtexOrderMapper.ToDatasulOrder(vtex, options, new LocalDate(2026, 3, 1));

        Assert.Equal("MERCADOLIVRE", order.Intermediary?.ShortName);
        Assert.Equal((PaymentMethodType.Invoiced, "FATURADO"), (order.PaymentMethod!.Type, order.PaymentMethod.Code)); // whatever the buyer paid with (seed 001)
        Assert.Null(order.PaymentMethod.BankSlipNumber);
        Assert.Equal("12ABC34501DE35", order.EcommerceCustomerPersonalId?.Value);
        Assert.Equal("12ABC34501DE", order.ShortName);
    }

    [Fact]
    public void Unmappable_fields_are_all_named()
    {
        var vtex = VtexOrderMapper.Parse(VtexJson) with
        {
            ClientProfileData = new VtexClientProfile { Document = "111.111.111-11" },
            PaymentData = new VtexPaymentData { Transactions = [new VtexTransaction { Payments = [new VtexPayment { Group = "giftCard", Value = 100 }] }] },
            Items = [new VtexItem { RefId = "FUR-001", Quantity = 0, Price = 100 }],
        };

        var error = Assert.Throws<TotvsValidationException>(() => VtexOrderMapper.ToDatasulOrder(vtex, null, new LocalDate(2026, 3, 1)));

        Assert.Equal(
            ["clientProfileData.document", "paymentData.transactions[].payments[].group", "items[0].quantity"],
            error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Malformed_JSON_is_refused_with_where()
    {
        var error = Assert.Throws<TotvsValidationException>(() => VtexOrderMapper.Parse("""{"orderId": "1", "items": [ { "quantity": "x" } ] }"""));

        Assert.Contains("items", error.Problems[0].Field, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mapped_VTEX_order_is_admitted_by_the_fake_ERP()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var order = VtexOrderMapper.ToDatasulOrder(VtexOrderMapper.Parse(VtexJson), null, new LocalDate(2026, 3, 1));

        var result = await harness.Client.Orders.CreateAsync(order);

        Assert.Equal(CreationOutcome.Created, result.Outcome);
        Assert.Equal(BillingHold.AwaitingPayment, result.Record.BillingHold);
    }
}
