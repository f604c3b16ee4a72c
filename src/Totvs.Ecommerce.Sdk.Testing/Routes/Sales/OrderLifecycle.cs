using NodaTime;
using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>Changes of an order's state shared by the API and the ERP-side actions; called under the state's lock.</summary>
internal static class OrderLifecycle
{
    /// <summary><c>OrderSituation</c> numbers (§4.7).</summary>
    public const int Open = 1;
    public const int PartiallyFulfilled = 2;
    public const int Fulfilled = 3;
    public const int Cancelled = 6;
    public const int CounterInvoiced = 7;

    /// <summary>Cancels an order unless it is invoiced (<c>ORDER_NOT_CANCELLABLE</c>).</summary>
    public static Rejection? Cancel(DatasulState state, OrderRecord order, LocalDate date, string reason)
    {
        if (order.Situation is Fulfilled or PartiallyFulfilled or CounterInvoiced)
        {
            return new Rejection(TotvsErrorCodes.OrderNotCancellable,
                $"Order {order.OrderId} is invoiced and cannot be cancelled; cancel its NF-e in the ERP first (the order then reopens).")
            {
                PortugueseMessage = $"O pedido {order.OrderId} está faturado e não pode ser cancelado; cancele a nota fiscal primeiro.",
            };
        }

        if (order.Situation == Cancelled)
        {
            return null;
        }

        order.Situation = Cancelled;
        StockAllocator.Release(state, order);
        order.Document["CancellationDate"] = WireFormat.FormatDate(date);
        order.Document["CancellationReason"] = reason;
        order.LastUpdate = state.Now;
        return null;
    }
}
