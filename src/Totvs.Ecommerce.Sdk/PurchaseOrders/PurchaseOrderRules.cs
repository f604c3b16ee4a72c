using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.PurchaseOrders;

/// <summary>What the SDK checks on each purchase order and line it receives.</summary>
internal static class PurchaseOrderRules
{
    public static RecordRules<PurchaseOrder> Orders { get; } = new(
        order => order.OrderNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (order, check) => check.Required("orderNumber", order.OrderNumber > 0));

    public static RecordRules<PurchaseOrderLine> Lines { get; } = new(
        line => line.OrderLineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (line, check) =>
        {
            check.Required("orderLineNumber", line.OrderLineNumber > 0);
            check.Required("itemCode", !string.IsNullOrWhiteSpace(line.ItemCode));
        });
}
