using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>What the SDK checks on each order it receives.</summary>
internal static class OrderRules
{
    public static RecordRules<Order> Instance { get; } = new(
        order => order.OrderId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? order.CustomerOrderId,
        (order, check) =>
        {
            check.Required("CustomerOrderId", !string.IsNullOrWhiteSpace(order.CustomerOrderId));
            check.Required("ShortName", !string.IsNullOrWhiteSpace(order.ShortName));
        });
}
