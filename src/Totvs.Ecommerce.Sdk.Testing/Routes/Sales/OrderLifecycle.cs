using NodaTime;
using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>Changes of an order's state shared by the API and the ERP-side actions; called under the state's lock.</summary>
internal static class OrderLifecycle
{
    /// <summary>Cancels an order unless it is invoiced (<c>ORDER_NOT_CANCELLABLE</c>).</summary>
    public static Rejection? Cancel(DatasulState state, Order order, LocalDate date, string reason)
    {
        if (order.OrderSituation is OrderSituation.Fulfilled or OrderSituation.PartiallyFulfilled or OrderSituation.CounterInvoiced)
        {
            return new Rejection(TotvsErrorCodes.OrderNotCancellable,
                $"Order {order.OrderId} is invoiced and cannot be cancelled; cancel its invoice in the ERP first.")
            {
                PortugueseMessage = $"O pedido {order.OrderId} está faturado e não pode ser cancelado; cancele a nota fiscal primeiro.",
            };
        }

        if (order.OrderSituation == OrderSituation.Cancelled)
        {
            return null;
        }

        state.SaveOrder(order with
        {
            OrderSituation = OrderSituation.Cancelled,
            CancellationDate = date,
            CancellationReason = reason,
            LastUpdate = state.Now,
        });
        return null;
    }
}
