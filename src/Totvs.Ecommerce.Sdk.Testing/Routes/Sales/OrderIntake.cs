using System.Text.Json.Nodes;
using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales.Schema;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>
/// An order body as Datasul receives it: checked against the published schema and the ERP's field rules (the domain
/// layer's), then read into what order admission judges. Written from the wire contract, not from the SDK's models.
/// </summary>
internal static class OrderIntake
{
    /// <summary>The store used when an order does not name one (legacy releases have only store 1).</summary>
    public const string DefaultStoreCode = "1";

    /// <summary>Every problem of a new order or of a replaced one (PUT), field by field.</summary>
    public static List<(string Field, string Message)> Problems(JsonObject body, bool requireAll)
    {
        var problems = SchemaCheck.Problems(PublishedSchema.Orders, "OrdersInfo", body, requireAll);
        if (problems.Count > 0)
        {
            return problems;
        }

        var rules = new List<RecordProblem>();
        FieldRules.Text(rules, "CustomerOrderId", WireValues.Text(body, "CustomerOrderId"), 12, required: requireAll);
        FieldRules.Document(rules, "EcommerceCustomerPersonalId", WireValues.Text(body, "EcommerceCustomerPersonalId"), required: false);
        if (WireValues.Object(body, "EcommerceDeliveryAddress") is { } delivery)
        {
            FieldRules.State(rules, "EcommerceDeliveryAddress.State", WireValues.Text(delivery, "State"));
            FieldRules.ZipCode(rules, "EcommerceDeliveryAddress.ZipCode", WireValues.Text(delivery, "ZipCode"));
        }

        var items = WireValues.Records(body, "OrderItems").ToList();
        if (requireAll && items.Count == 0)
        {
            rules.Add(new RecordProblem("OrderItems", "OrderItems is required: an order has at least one item."));
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (WireValues.Decimal(items[i], "QuantityBilling") is { } quantity && quantity <= 0)
            {
                rules.Add(new RecordProblem($"OrderItems[{i}].QuantityBilling", $"OrderItems[{i}].QuantityBilling {quantity} must be greater than zero."));
            }

            if (WireValues.Decimal(items[i], "OriginalPrice") is { } price && price < 0)
            {
                rules.Add(new RecordProblem($"OrderItems[{i}].OriginalPrice", $"OrderItems[{i}].OriginalPrice {price} cannot be negative."));
            }
        }

        if (WireValues.Object(body, "PaymentMethod") is { } payment)
        {
            var typeText = WireValues.Text(payment, "Type");
            if (!PaymentTypeWire.TryRead(typeText, out var type))
            {
                rules.Add(new RecordProblem("PaymentMethod.Type", $"PaymentMethod.Type '{typeText}' is unknown; use boleto, bankTransfer, creditCard or invoiced."));
            }
            else if (WireValues.Text(payment, "BankSlipNumber") is not null && type != PaymentMethodType.Boleto)
            {
                rules.Add(new RecordProblem("PaymentMethod.BankSlipNumber", "BankSlipNumber (nosso número) belongs to boleto payments only."));
            }
        }

        problems.AddRange(rules.Select(r => (r.Field, r.Message)));
        return problems;
    }

    /// <summary>The order as admission sees it.</summary>
    public static OrderToAdmit ToAdmission(JsonObject body)
    {
        var shortName = WireValues.Text(body, "ShortName") ?? string.Empty;
        return new OrderToAdmit
        {
            StoreCode = StoreOf(body),
            CustomerShortName = shortName,
            CustomerOrderId = WireValues.Text(body, "CustomerOrderId") ?? string.Empty,
            StoreOrderId = WireValues.Text(body, "EcommerceOrderId"),
            CustomerDocument = WireValues.Text(body, "EcommerceCustomerPersonalId") ?? string.Empty,
            CustomerName = shortName,
            BranchId = WireValues.Text(body, "BranchId"),
            DeliveryUf = (WireValues.Object(body, "EcommerceDeliveryAddress") is { } delivery ? WireValues.Text(delivery, "State") : null) ?? string.Empty,
            DeliveryCode = WireValues.Object(body, "EcommerceDeliveryAddress") is null ? WireValues.Text(body, "DeliveryCode") : null,
            CarrierEcommerceId = WireValues.Text(body, "CarrierEcommerceId"),
            IntermediaryShortName = WireValues.Object(body, "Intermediary") is { } intermediary ? WireValues.Text(intermediary, "ShortName") : null,
            PaymentMethodCode = (WireValues.Object(body, "PaymentMethod") is { } payment ? WireValues.Text(payment, "Code") : null) ?? string.Empty,
            TradePolicyId = WireValues.Text(body, "TradePolicyId"),
            Items = WireValues.Records(body, "OrderItems")
                .Select(item => new OrderItemToAdmit(
                    WireValues.Text(item, "ItemCode") ?? string.Empty, WireValues.Decimal(item, "QuantityBilling") ?? 0,
                    WireValues.Text(item, "ReferenceCode"), WireValues.Flag(item, "IsGift"))
                {
                    UnitPrice = WireValues.Decimal(item, "OriginalPrice"),
                })
                .ToList(),
        };
    }

    /// <summary>
    /// Whether the body is a plain sales order: the published fields only, none of the e-commerce extension that names a
    /// store, a payment or a customer document (a partner that is not a store sells this way).
    /// </summary>
    public static bool IsPlainSale(JsonObject body) =>
        WireValues.Text(body, "EcommerceStoreCode") is null && WireValues.Object(body, "PaymentMethod") is null
        && WireValues.Text(body, "EcommerceCustomerPersonalId") is null && WireValues.Text(body, "EcommerceOrderId") is null;

    /// <summary>The store the order names, or the default store.</summary>
    public static string StoreOf(JsonObject body) => WireValues.Text(body, "EcommerceStoreCode") is { Length: > 0 } store ? store : DefaultStoreCode;
}
