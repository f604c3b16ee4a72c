using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Totvs.Ecommerce.Sdk.Diagnostics;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// One order's exactly-once create: proven by the order numbered with the key sent, found by its natural key (the
/// customer's short name and the customer order number, or the store's order id), and refused when another store order
/// holds that key.
/// </summary>
internal sealed class OrderCreation(TotvsTransport transport, OrdersClient orders, Order order)
    : CreateOnce<Order>(transport, transport.Routes.Orders)
{
    protected override string Subject => $"Order '{order.CustomerOrderId}'";

    protected override string Noun => "order";

    protected override string DuplicateCode => TotvsErrorCodes.OrderDuplicate;

    protected override JsonTypeInfo<Order> RecordType => Transport.ReadType<Order>(typeof(Order));

    protected override bool IsCreated(Order created)
    {
        var check = new RecordCheck(null);
        OrderRules.Instance.Validate(created, check);
        var sameKey = string.Equals(created.ShortName, order.ShortName, StringComparison.Ordinal)
            && (string.Equals(created.CustomerOrderId, order.CustomerOrderId, StringComparison.Ordinal)
                || (order.EcommerceOrderId is not null && string.Equals(created.EcommerceOrderId, order.EcommerceOrderId, StringComparison.Ordinal)));
        return !check.HasProblems && created.OrderId is not null && sameKey;
    }

    /// <summary>By the customer order number, or by the store's order id when the store makes it the customer order number.</summary>
    protected override async Task<Order?> FindAsync(CancellationToken cancellationToken) =>
        await orders.FindAsync(order.ShortName, order.CustomerOrderId, cancellationToken).ConfigureAwait(false)
        ?? (string.IsNullOrWhiteSpace(order.EcommerceOrderId) || order.EcommerceOrderId.Length > 12
            ? null
            : await orders.FindAsync(order.ShortName, order.EcommerceOrderId, cancellationToken).ConfigureAwait(false));

    /// <summary>The order the natural key finds, or the one <c>details[0].code</c> of the duplicate answer numbers.</summary>
    protected override async Task<Order> ExistingAsync(TotvsError duplicate, CancellationToken cancellationToken)
    {
        try
        {
            if (await FindAsync(cancellationToken).ConfigureAwait(false) is { } found)
            {
                return found;
            }
        }
        catch (TotvsApiException ex) when (ex.IsTransient)
        {
            // The duplicate's own number still tells which order it is.
        }

        return duplicate.Details.FirstOrDefault()?.Code is { } id && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var orderId)
            ? await orders.GetAsync(orderId, cancellationToken).ConfigureAwait(false)
            : throw new TotvsApiException(
                "Datasul answered ORDER_DUPLICATE but the existing order could not be found by its natural key nor by details[0]. Look it up in the ERP.",
                500, duplicate, false, "POST", Route, null);
    }

    /// <summary>
    /// Two store orders whose derived customer order numbers collide must never merge into one (the second would be
    /// reported as existing and silently dropped).
    /// </summary>
    protected override Order Confirm(Order found)
    {
        if (!string.IsNullOrWhiteSpace(order.EcommerceOrderId) && !string.IsNullOrWhiteSpace(found.EcommerceOrderId)
            && !string.Equals(order.EcommerceOrderId, found.EcommerceOrderId, StringComparison.Ordinal))
        {
            var message =
                $"Store order '{order.EcommerceOrderId}' and store order '{found.EcommerceOrderId}' (ERP order {found.OrderId}) share the customer " +
                $"and the customer order number '{order.CustomerOrderId}': the ERP would take the second for the first. Nothing was created; " +
                "give this order another CustomerOrderId (e.g. VtexMappingOptions.CustomerOrderIdOf) and send it again.";
            throw new TotvsBusinessRuleException(message, 409,
                new TotvsError(TotvsErrorCodes.OrderKeyCollision, message, null, null, []), "POST", Route);
        }

        return found;
    }

    protected override void OnUnanswered(int attempt) => TotvsLog.OrderAttemptUnanswered(Transport.Logger, order.CustomerOrderId, attempt);

    protected override void OnConfirmed(CreationResult<Order> result) =>
        TotvsLog.OrderConfirmed(Transport.Logger, result.Record.CustomerOrderId, result.Record.OrderId, result.Outcome);
}
