using Totvs.Ecommerce.Sdk.Domain.Admission;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>Turns a wire order into what order admission judges (used by the fake server, and by connectors that admit locally).</summary>
internal static class OrderAdmissionMapper
{
    /// <summary>The store used when an order does not name one (legacy releases have only store 1).</summary>
    public const string DefaultStoreCode = "1";

    /// <summary>The order as order admission sees it.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The order to admit.</returns>
    public static OrderToAdmit ToAdmission(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderToAdmit
        {
            StoreCode = string.IsNullOrWhiteSpace(order.EcommerceStoreCode) ? DefaultStoreCode : order.EcommerceStoreCode,
            CustomerShortName = order.ShortName,
            CustomerOrderId = order.CustomerOrderId,
            StoreOrderId = order.EcommerceOrderId,
            CustomerDocument = order.EcommerceCustomerPersonalId?.Value ?? order.PersonalId ?? string.Empty,
            CustomerName = order.ShortName,
            BranchId = order.BranchId,
            DeliveryUf = order.EcommerceDeliveryAddress?.State?.Code ?? order.DeliveryState ?? string.Empty,
            CarrierEcommerceId = order.CarrierEcommerceId,
            IntermediaryShortName = order.Intermediary?.ShortName,
            PaymentMethodCode = order.PaymentMethod?.Code ?? string.Empty,
            TradePolicyId = order.TradePolicyId,
            Items = order.OrderItems.Select(i => new OrderItemToAdmit(i.ItemCode.Value, i.QuantityBilling, i.ReferenceCode?.Value, i.IsGift)).ToList(),
        };
    }
}
