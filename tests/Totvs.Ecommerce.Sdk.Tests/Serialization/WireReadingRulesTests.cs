using System.Text.Json;
using NodaTime;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Serialization;
using Totvs.Ecommerce.Sdk.Skus;

namespace Totvs.Ecommerce.Sdk.Tests.Serialization;

/// <summary>
/// The reading rules the generated models get from the client's options, not from attributes (issue 29): text of the
/// published schemas reads a number as its digits, the catalog stays strict, and enums and optional value types read
/// as the wire writes them.
/// </summary>
public sealed class WireReadingRulesTests
{
    private static readonly JsonSerializerOptions Read = TotvsJson.CreateReadOptions(DateTimeZoneProviders.Tzdb["America/Sao_Paulo"]);

    [Fact]
    public void Text_of_a_published_schema_sent_as_a_number_reads_as_its_digits()
    {
        var order = Deserialize<Order>("""{"BranchId": 1, "CustomerOrderId": 98765, "ShortName": "LOJA", "OrderItems": []}""");

        Assert.Equal("1", order.BranchId);
        Assert.Equal("98765", order.CustomerOrderId);
    }

    [Fact]
    public void Text_of_the_catalog_sent_as_a_number_is_refused()
    {
        Assert.Throws<JsonException>(() => Deserialize<Family>("""{"categoryParentCode": 12}"""));
    }

    [Fact]
    public void Situations_read_from_their_numbers_and_the_SDKs_states_from_camelCase_words()
    {
        var order = Deserialize<Order>("""{"OrderSituation": 6, "Modality": 1, "BillingHold": "awaitingCreditApproval", "OrderItems": []}""");

        Assert.Equal(OrderSituation.Cancelled, order.OrderSituation);
        Assert.NotNull(order.Modality);
        Assert.Equal(BillingHold.AwaitingCreditApproval, order.BillingHold);
    }

    [Fact]
    public void A_blank_optional_reference_or_barcode_reads_as_absent_in_every_model()
    {
        var sku = Deserialize<Sku>("""{"skuId": "A", "itemCode": "A", "referenceCode": "", "gtin": " "}""");
        var item = Deserialize<OrderItem>("""{"ItemCode": "A", "ReferenceCode": ""}""");

        Assert.Null(sku.ReferenceCode);
        Assert.Null(sku.Gtin);
        Assert.Null(item.ReferenceCode);
    }

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Read.GetTypeInfo(typeof(T)))!;
}
