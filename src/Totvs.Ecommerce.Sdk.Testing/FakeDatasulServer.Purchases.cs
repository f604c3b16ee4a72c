using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>The purchasing side of the ERP: purchase orders a Datasul user entered, served by <c>ccp/v1/purchaseOrder</c> and <c>ccp/v2/purchaseOrderLines</c>.</summary>
public sealed partial class FakeDatasulServer
{
    /// <summary>Enters a purchase order ERP-side, as a buyer does in CC0300; it is listed from now on.</summary>
    /// <param name="order">The order and its lines.</param>
    /// <returns>The order's number (<c>num-pedido</c>).</returns>
    /// <exception cref="ArgumentException">The order has no line, or a line has no item, a quantity or price not above zero, or no unit.</exception>
    public long AddPurchaseOrder(FakePurchaseOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrWhiteSpace(order.VendorShortName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order.VendorShortName.Length, 12, nameof(order));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(order.VendorCode);
        if (order.Lines is not { Count: > 0 })
        {
            throw new ArgumentException("A purchase order has at least one line.", nameof(order));
        }

        foreach (var line in order.Lines)
        {
            if (string.IsNullOrWhiteSpace(line.ItemCode) || line.Quantity <= 0 || line.UnitPrice <= 0 || string.IsNullOrWhiteSpace(line.UnitOfMeasure))
            {
                throw new ArgumentException($"The line of item '{line.ItemCode}' needs an item code, a unit, and a quantity and unit price above zero.", nameof(order));
            }
        }

        lock (state.Sync)
        {
            var number = state.NextPurchaseOrderNumber++;
            var lines = order.Lines.Select(line => new PurchaseOrderLineRecord(
                state.NextPurchaseOrderLineNumber++, number, order.VendorCode, order.DeliveryBranchId, line.ItemCode, line.Quantity, line.UnitOfMeasure, line.UnitPrice)).ToList();
            state.PurchaseOrders[number] = new PurchaseOrderRecord(
                number, order.OrderDate, order.VendorCode, order.VendorShortName, order.VendorName, order.VendorDocument.Value,
                order.DeliveryBranchId, order.Comments, lines, state.Now);
            return number;
        }
    }
}
