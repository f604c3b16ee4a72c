using System.Text.Json.Serialization.Metadata;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>
/// The wire names of the SDK's own extension objects and of the invoice, held against the names of the wire contract
/// (§4.7 and §4.9), copied here by hand: a name the contract does not know, or a required name the model lacks, fails.
/// Orders, order items and customers are held against TOTVS's published schemas by <c>SchemaConformanceTests</c>.
/// </summary>
public sealed class SalesWireNamesTests
{
    public static TheoryData<string, JsonTypeInfo, string[], string[]> Models => new()
    {
        {
            "OrderPaymentMethod", TotvsJsonContext.Default.OrderPaymentMethod,
            ["Type", "Code"],
            ["Installments", "Value", "BankSlipNumber", "CardBrand", "CardAcquirer"]
        },
        { "OrderIntermediary", TotvsJsonContext.Default.OrderIntermediary, ["ShortName", "PersonalId"], [] },
        { "OrderCancellation", TotvsJsonContext.Default.OrderCancellation, ["CancellationDate", "TypeReason", "CancellationReason"], [] },
        {
            "OrderDeliveryAddress", TotvsJsonContext.Default.OrderDeliveryAddress,
            [],
            ["Street", "Neighborhood", "City", "State", "ZipCode", "Country", "IbgeCode"]
        },
        {
            "Invoice", TotvsJsonContext.Default.Invoice,
            ["branchId", "series", "invoiceNumber", "accessKey", "issueDate", "direction", "status"],
            ["totalValue", "cfop", "orderId", "customerOrderId", "ecommerceOrderId", "storeCode", "carrier", "trackingNumber", "items", "lastUpdate"]
        },
        {
            "InvoiceItem", TotvsJsonContext.Default.InvoiceItem,
            ["sequence", "itemCode", "quantity", "unitPrice", "totalValue"],
            ["referenceCode"]
        },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_wire_name_of_the_model_is_one_the_contract_documents(string model, JsonTypeInfo type, string[] mustCarry, string[] optional)
    {
        var documented = mustCarry.Concat(optional).ToHashSet(StringComparer.Ordinal);

        var unknown = WireNames(type).Where(name => !documented.Contains(name)).ToList();

        Assert.True(unknown.Count == 0, $"{model} sends names the wire contract does not have: {string.Join(", ", unknown)}.");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void The_model_carries_the_fields_the_contract_documents(string model, JsonTypeInfo type, string[] mustCarry, string[] optional)
    {
        _ = optional;
        var names = WireNames(type).ToHashSet(StringComparer.Ordinal);

        var missing = mustCarry.Where(name => !names.Contains(name)).ToList();

        Assert.True(missing.Count == 0, $"{model} lacks documented wire fields: {string.Join(", ", missing)}.");
    }

    private static IEnumerable<string> WireNames(JsonTypeInfo type) => type.Properties.Select(property => property.Name);
}
