using System.Text.Json.Serialization.Metadata;
using System.Globalization;
using Totvs.Ecommerce.Sdk.Diagnostics;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// apiOrdersPublic: sales orders from the store into the ERP, and their status back. Creation is exactly-once
/// by default (see <see cref="CreateAsync"/>). Thread-safe; get it from <see cref="TotvsEcommerceClient.Orders"/>.
/// </summary>
public class OrdersClient : EcommerceCollectionClient<Order, OrderListOptions>
{
    private readonly TotvsTransport transport = null!;

    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected OrdersClient()
    {
    }

    internal OrdersClient(TotvsTransport transport)
        : base(new EcommerceCollection<Order>(transport, transport.Routes.Orders, static json => json.Order, static json => json.OrderPage, OrderRules.Instance)) =>
        this.transport = transport;

    private string Route => transport.Routes.Orders;

    private JsonTypeInfo<Order> OrderType => transport.Resolve(transport.Json.Order, typeof(Order));

    /// <summary>The longest Retry-After a create waits for before sending again (a longer one is taken as this).</summary>
    private static readonly TimeSpan MostRetryAfter = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Creates an order exactly once. The order is checked locally first (nothing is sent when a field is
    /// wrong). When the answer is lost, times out or the server is briefly unavailable, the SDK looks the
    /// order up by its natural key (<see cref="Order.ShortName"/>, <see cref="Order.CustomerOrderId"/>) and
    /// returns it if it was created; otherwise it sends it again, up to
    /// <see cref="TotvsEcommerceOptions.OrderCreationAttempts"/> times. When Datasul answers <c>ORDER_DUPLICATE</c>
    /// the existing order is returned with <see cref="OrderCreationOutcome.AlreadyExisted"/>. Calling it again
    /// after any failure is always safe.
    /// </summary>
    /// <param name="order">The order to create.</param>
    /// <param name="cancellationToken">Cancels the call (the order may or may not have been created: call again to find out).</param>
    /// <returns>The order as the ERP holds it, and whether this call created it.</returns>
    /// <exception cref="TotvsValidationException">A field breaks Datasul's rules; nothing was sent.</exception>
    /// <exception cref="TotvsBusinessRuleException">The ERP rejected the order (carrier not mapped, 57382, …); fix the cause named by its code.</exception>
    /// <exception cref="TotvsApiException">The ERP stayed unreachable; <see cref="TotvsApiException.IsTransient"/> is set and calling again is safe.</exception>
    public virtual async Task<OrderCreationResult> CreateAsync(Order order, CancellationToken cancellationToken = default)
    {
        OrderValidation.ThrowIfInvalid(order);
        var body = transport.SerializeForWrite(order);
        TotvsApiException? lastFailure = null;
        var mayHaveCommitted = false;
        var knownAbsent = false;
        var askedToWait = TimeSpan.Zero;
        for (var attempt = 1; attempt <= transport.OrderCreationAttempts; attempt++)
        {
            if (attempt > 1)
            {
                // The SDK's back-off, or longer when the ERP asked for it (Retry-After on a 429 or 503).
                var backOff = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt - 2)));
                await Task.Delay(askedToWait > backOff ? askedToWait : backOff, transport.TimeProvider, cancellationToken).ConfigureAwait(false);
                askedToWait = TimeSpan.Zero;
            }

            TotvsHttpAnswer? answer = null;
            try
            {
                answer = await transport.SendAsync(HttpMethod.Post, Route, null, string.Empty, body, cancellationToken).ConfigureAwait(false);
            }
            catch (TotvsApiException ex) when (ex.IsTransient)
            {
                // No answer: the ERP may or may not have committed the order.
                TotvsLog.OrderAttemptUnanswered(transport.Logger, order.CustomerOrderId, attempt);
                lastFailure = ex;
                mayHaveCommitted = true;
                (var found, knownAbsent) = await TryFindAsync(order, cancellationToken).ConfigureAwait(false);
                if (found is not null)
                {
                    return Confirmed(order, new OrderCreationResult(found, OrderCreationOutcome.Created, attempt));
                }

                continue;
            }

            using var owned = answer;
            if (answer.IsSuccess)
            {
                // A success counts only with proof: 200/201 and a body that is the order sent, numbered by the ERP. Anything
                // else (an empty or foreign body, another 2xx) is unconfirmed, and the natural-key look-up decides.
                if (Proof(answer, order) is { } proven)
                {
                    return Confirmed(order, new OrderCreationResult(proven, OrderCreationOutcome.Created, attempt));
                }

                TotvsLog.OrderAttemptUnanswered(transport.Logger, order.CustomerOrderId, attempt);
                mayHaveCommitted = true;
                (var confirmed, knownAbsent) = await TryFindAsync(order, cancellationToken).ConfigureAwait(false);
                if (confirmed is not null)
                {
                    return Confirmed(order, new OrderCreationResult(confirmed, OrderCreationOutcome.Created, attempt));
                }

                lastFailure = new TotvsApiException(
                    $"POST {Route} answered {answer.StatusCode} without the created order (no OrderId, or another order's key).",
                    answer.StatusCode, null, true, "POST", Route, null);
                continue;
            }

            var error = ErrorBodyReader.TryRead(answer.Body.Span);
            if (error?.Code == TotvsErrorCodes.OrderDuplicate)
            {
                // A duplicate after an unanswered attempt of this same call is the order that attempt created.
                var existing = (await TryFindAsync(order, cancellationToken).ConfigureAwait(false)).Order ?? await GetExistingAsync(error, cancellationToken).ConfigureAwait(false);
                return Confirmed(order, new OrderCreationResult(existing, mayHaveCommitted ? OrderCreationOutcome.Created : OrderCreationOutcome.AlreadyExisted, attempt));
            }

            lastFailure = TotvsExceptionFactory.FromResponse("POST", Route, answer.StatusCode, error);
            if (!lastFailure.IsTransient)
            {
                throw lastFailure;
            }

            // A transient answer (502, 503, 504, a 500 without a business body) may come after the ERP committed.
            mayHaveCommitted = true;
            askedToWait = answer.StatusCode is 429 or 503 && answer.ToResponse().RetryAfter is { } wait && wait > TimeSpan.Zero
                ? (wait < MostRetryAfter ? wait : MostRetryAfter)
                : TimeSpan.Zero;
            (var committed, knownAbsent) = await TryFindAsync(order, cancellationToken).ConfigureAwait(false);
            if (committed is not null)
            {
                return Confirmed(order, new OrderCreationResult(committed, OrderCreationOutcome.Created, attempt));
            }
        }

        var state = knownAbsent
            ? "and is not in the ERP (looked up by its natural key)"
            : "and the ERP could not be asked whether an attempt was committed";
        throw new TotvsApiException(
            $"Order '{order.CustomerOrderId}' was not confirmed after {transport.OrderCreationAttempts} attempts {state}. " +
            $"Last failure: {lastFailure?.Message} Calling CreateAsync again later is safe: it never creates the order twice.",
            lastFailure?.StatusCode, lastFailure?.Error, true, "POST", Route, lastFailure);
    }

    /// <summary>
    /// Creates a batch of orders, each exactly once as <see cref="CreateAsync"/> does, with at most
    /// <see cref="OrderBatchOptions.MaxConcurrency"/> in flight — and, by default, fewer while Datasul pushes back: a 429
    /// or 503 (a Retry-After holds every new order until it has passed), no answer, or answers much slower than before
    /// cut the limit; answers in good time raise it again (see <see cref="OrderBatchOptions.AdaptToErp"/>). A backlog after
    /// a sale goes in as fast as the ERP takes it, and never faster.
    /// </summary>
    /// <param name="orders">The orders, read one at a time as places free up.</param>
    /// <param name="options">The concurrency; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">
    /// Abandons the orders in flight: an order without an outcome may or may not be in the ERP, and sending it again is
    /// safe. To stop sooner without abandoning any, stop reading: no further order starts, and those in flight finish
    /// (besides the outcomes read, at most <see cref="OrderBatchOptions.MaxConcurrency"/> wait to be read and as many are
    /// in flight).
    /// </param>
    /// <returns>
    /// One outcome per order, as each finishes (not in the batch's order: see <see cref="OrderBatchOutcome.Index"/>). A
    /// failed order (<see cref="OrderBatchOutcome.Failure"/>) never stops the others.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A setting of <paramref name="options"/> is out of its range (named in the message).</exception>
    public virtual IAsyncEnumerable<OrderBatchOutcome> CreateManyAsync(IEnumerable<Order> orders, OrderBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        options ??= new OrderBatchOptions();
        options.Validate();
        return OrderBatch.RunAsync(CreateAsync, orders, options, transport.TimeProvider, cancellationToken);
    }

    /// <summary>Reads an order by its ERP number.</summary>
    /// <param name="orderId">The order number (<c>nr-pedido</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    /// <exception cref="TotvsApiException">Not found (<see cref="TotvsApiException.IsNotFound"/>), refused, or unreachable.</exception>
    public virtual Task<Order> GetAsync(long orderId, CancellationToken cancellationToken = default) =>
        transport.GetCheckedAsync(Route, TotvsTransport.KeyPath(orderId.ToString(CultureInfo.InvariantCulture)), string.Empty, OrderType, OrderRules.Instance, cancellationToken);

    /// <summary>Finds an order by its natural key, the customer's short name and the customer order number.</summary>
    /// <param name="shortName">The customer's short name.</param>
    /// <param name="customerOrderId">The customer order number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, or <see langword="null"/> when the ERP has none with that key.</returns>
    public virtual async Task<Order?> FindAsync(string shortName, string customerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerOrderId);
        var page = await ListAsync(
            new OrderListOptions { Filter = $"ShortName eq {Quote(shortName)} and CustomerOrderId eq {Quote(customerOrderId)}", PageSize = 1 },
            cancellationToken).ConfigureAwait(false);
        return page.Items.Count > 0 ? page.Items[0] : null;
    }

    /// <summary>
    /// Replaces an open order's data (<c>PUT ordersPublic/{orderId}</c>): the whole record is sent, its
    /// <see cref="Order.AdditionalFields"/> included, so what a newer Datasul added is written back as it came. Read-only
    /// fields are never sent. Read the order, change it, and send it back.
    /// </summary>
    /// <param name="orderId">The order number.</param>
    /// <param name="order">The order's new data.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order as the ERP holds it now.</returns>
    /// <exception cref="TotvsValidationException">A field breaks Datasul's rules; nothing was sent.</exception>
    public virtual Task<Order> UpdateAsync(long orderId, Order order, CancellationToken cancellationToken = default)
    {
        OrderValidation.ThrowIfInvalid(order);
        return SendForOrderAsync(HttpMethod.Put, TotvsTransport.KeyPath(orderId.ToString(CultureInfo.InvariantCulture)), transport.SerializeForWrite(order), cancellationToken);
    }

    /// <summary>
    /// Changes some fields of an open order (<c>PATCH ordersPublic/{orderId}</c>): only the fields set on
    /// <paramref name="changes"/> are sent (a field left <see langword="null"/> or at its default is not), and the ERP
    /// keeps the others.
    /// </summary>
    /// <param name="orderId">The order number.</param>
    /// <param name="changes">A new <see cref="Order"/> with only the fields to change set, e.g. <c>new Order { Comments = "…" }</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order as the ERP holds it now.</returns>
    /// <exception cref="ArgumentException"><paramref name="changes"/> sets no field.</exception>
    public virtual Task<Order> PatchAsync(long orderId, Order changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return SendForOrderAsync(HttpMethod.Patch, TotvsTransport.KeyPath(orderId.ToString(CultureInfo.InvariantCulture)),
            MergePatch.Create(changes, transport.WriteType<Order>()), cancellationToken);
    }

    /// <summary>Marks an order complete (<c>PUT ordersPublic/complete/{orderId}</c>).</summary>
    /// <param name="orderId">The order number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order as the ERP holds it now.</returns>
    public virtual Task<Order> CompleteAsync(long orderId, CancellationToken cancellationToken = default) =>
        SendForOrderAsync(HttpMethod.Put, TotvsTransport.KeyPath("complete", orderId.ToString(CultureInfo.InvariantCulture)), ReadOnlyMemory<byte>.Empty, cancellationToken);

    /// <summary>Cancels an order (<c>PUT ordersPublic/cancel/{orderId}</c>); an invoiced order cannot be (<c>ORDER_NOT_CANCELLABLE</c>).</summary>
    /// <param name="orderId">The order number.</param>
    /// <param name="cancellation">The date, the reason type and the reason (required).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cancelled order.</returns>
    /// <exception cref="TotvsBusinessRuleException">The ERP refused, e.g. <c>ORDER_NOT_CANCELLABLE</c> for an invoiced order.</exception>
    public virtual Task<Order> CancelAsync(long orderId, OrderCancellation cancellation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        if (string.IsNullOrWhiteSpace(cancellation.CancellationReason))
        {
            throw new TotvsValidationException($"cancellation of order {orderId}",
                [new RecordProblem("CancellationReason", "CancellationReason is required: say why the order is cancelled.")]);
        }

        return SendForOrderAsync(HttpMethod.Put, TotvsTransport.KeyPath("cancel", orderId.ToString(CultureInfo.InvariantCulture)),
            transport.SerializeForWrite(cancellation), cancellationToken);
    }

    /// <summary>The created order, when the answer proves it: 200 or 201, an order that reads and passes its checks, numbered, with the key sent.</summary>
    private Order? Proof(TotvsHttpAnswer answer, Order sent)
    {
        if (answer.StatusCode is not (200 or 201) || answer.Body.IsEmpty)
        {
            return null;
        }

        Order created;
        try
        {
            created = TotvsTransport.Read(answer, OrderType, "POST", Route);
        }
        catch (TotvsApiException)
        {
            return null;
        }

        var check = new RecordCheck(null);
        OrderRules.Instance.Validate(created, check);
        var sameKey = string.Equals(created.ShortName, sent.ShortName, StringComparison.Ordinal)
            && (string.Equals(created.CustomerOrderId, sent.CustomerOrderId, StringComparison.Ordinal)
                || (sent.EcommerceOrderId is not null && string.Equals(created.EcommerceOrderId, sent.EcommerceOrderId, StringComparison.Ordinal)));
        return !check.HasProblems && created.OrderId is not null && sameKey ? created : null;
    }

    /// <summary>
    /// The order found or created, once it is known to be the order sent: two store orders whose derived customer order
    /// numbers collide must never merge into one (the second would be reported as existing and silently dropped).
    /// </summary>
    private OrderCreationResult Confirmed(Order sent, OrderCreationResult result)
    {
        if (!string.IsNullOrWhiteSpace(sent.EcommerceOrderId) && !string.IsNullOrWhiteSpace(result.Order.EcommerceOrderId)
            && !string.Equals(sent.EcommerceOrderId, result.Order.EcommerceOrderId, StringComparison.Ordinal))
        {
            var message =
                $"Store order '{sent.EcommerceOrderId}' and store order '{result.Order.EcommerceOrderId}' (ERP order {result.Order.OrderId}) share the customer " +
                $"and the customer order number '{sent.CustomerOrderId}': the ERP would take the second for the first. Nothing was created; " +
                "give this order another CustomerOrderId (e.g. VtexMappingOptions.CustomerOrderIdOf) and send it again.";
            throw new TotvsBusinessRuleException(message, 409,
                new TotvsError(TotvsErrorCodes.OrderKeyCollision, message, null, null, []), "POST", Route);
        }

        TotvsLog.OrderConfirmed(transport.Logger, result.Order.CustomerOrderId, result.Order.OrderId, result.Outcome);
        return result;
    }

    private static string Quote(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    private async Task<Order> SendForOrderAsync(HttpMethod method, string keyPath, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var answer = await transport.SendAsync(method, Route, keyPath, string.Empty, body, cancellationToken).ConfigureAwait(false);
        return TotvsTransport.Read(answer, OrderType, method.Method, TotvsTransport.DescribePath(Route, keyPath));
    }

    /// <summary>
    /// Looks the order up by its natural key (the customer order number, or the store's order id when the store makes it
    /// the customer order number). A lookup that fails transiently says so instead of throwing: the caller tries again.
    /// </summary>
    private async Task<(Order? Order, bool KnownAbsent)> TryFindAsync(Order order, CancellationToken cancellationToken)
    {
        try
        {
            var found = await FindAsync(order.ShortName, order.CustomerOrderId, cancellationToken).ConfigureAwait(false)
                ?? (string.IsNullOrWhiteSpace(order.EcommerceOrderId) || order.EcommerceOrderId.Length > 12
                    ? null
                    : await FindAsync(order.ShortName, order.EcommerceOrderId, cancellationToken).ConfigureAwait(false));
            return (found, found is null);
        }
        catch (TotvsApiException ex) when (ex.IsTransient)
        {
            return (null, false);
        }
    }

    private async Task<Order> GetExistingAsync(TotvsError error, CancellationToken cancellationToken) =>
        error.Details.FirstOrDefault()?.Code is { } id && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var orderId)
            ? await GetAsync(orderId, cancellationToken).ConfigureAwait(false)
            : throw new TotvsApiException(
                "Datasul answered ORDER_DUPLICATE but the existing order could not be found by its natural key nor by details[0]. Look it up in the ERP.",
                500, error, false, "POST", Route, null);
}
