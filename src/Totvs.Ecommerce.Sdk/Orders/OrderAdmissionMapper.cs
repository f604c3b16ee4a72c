using Totvs.Ecommerce.Sdk.Domain.Admission;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>Turns an order into what order admission judges, for the client's admission before sending.</summary>
internal static class OrderAdmissionMapper
{
    /// <summary>The store used when an order does not name one (legacy releases have only store 1).</summary>
    public const string DefaultStoreCode = "1";

    /// <summary>Whether the order is a plain sales order: none of the e-commerce extension that names a store, a payment or a customer document.</summary>
    /// <param name="order">The order.</param>
    /// <returns>Whether store admission does not apply to it.</returns>
    public static bool IsPlainSale(Order order) =>
        order.EcommerceStoreCode is null && order.PaymentMethod is null && order.EcommerceCustomerPersonalId is null && order.EcommerceOrderId is null;

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
            DeliveryCode = order.EcommerceDeliveryAddress is null ? order.DeliveryCode : null,
            CarrierEcommerceId = order.CarrierEcommerceId,
            IntermediaryShortName = order.Intermediary?.ShortName,
            PaymentMethodCode = order.PaymentMethod?.Code ?? string.Empty,
            TradePolicyId = order.TradePolicyId,
            Items = order.OrderItems.Select(i => new OrderItemToAdmit(i.ItemCode.Value, i.QuantityBilling, i.ReferenceCode?.Value, i.IsGift) { UnitPrice = i.OriginalPrice }).ToList(),
        };
    }
}
