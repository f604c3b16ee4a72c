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
        : base(new EcommerceCollection<Order>(transport, transport.Routes.Orders, OrderRules.Instance)) =>
        this.transport = transport;

    private string Route => transport.Routes.Orders;

    private JsonTypeInfo<Order> OrderType => transport.ReadType<Order>(typeof(Order));

    /// <summary>
    /// Creates an order exactly once. The order is checked locally first (nothing is sent when a field is
    /// wrong). When the answer is lost, times out or the server is briefly unavailable, the SDK looks the
    /// order up by its natural key (<see cref="Order.ShortName"/>, <see cref="Order.CustomerOrderId"/>) and
    /// returns it if it was created; otherwise it sends it again, after its back-off or the Retry-After the ERP asked for,
    /// up to <see cref="TotvsResilienceOptions.CreationAttempts"/> times. When Datasul answers <c>ORDER_DUPLICATE</c>
    /// the existing order is returned with <see cref="CreationOutcome.AlreadyExisted"/>. Calling it again
    /// after any failure is always safe. <c>Customers.CreateAsync</c> follows the same rules.
    /// </summary>
    /// <param name="order">The order to create.</param>
    /// <param name="cancellationToken">Cancels the call (the order may or may not have been created: call again to find out).</param>
    /// <returns>The order as the ERP holds it (<see cref="CreationResult{T}.Record"/>), and whether this call created it.</returns>
    /// <exception cref="TotvsValidationException">A field breaks Datasul's rules; nothing was sent.</exception>
    /// <exception cref="TotvsBusinessRuleException">
    /// The ERP rejected the order (carrier not mapped, 57382, …; fix the cause named by its code), or another store order
    /// holds its key (<see cref="TotvsErrorCodes.OrderKeyCollision"/>; nothing was created). With the ERP's configuration
    /// given (<see cref="TotvsEcommerceOptions.UseErpConfiguration"/>), an order it already dooms is refused the same way
    /// before any request (<see cref="TotvsApiException.StatusCode"/> is <see langword="null"/>).
    /// </exception>
    /// <exception cref="TotvsApiException">The ERP stayed unreachable; <see cref="TotvsApiException.IsTransient"/> is set and calling again is safe.</exception>
    public virtual Task<CreationResult<Order>> CreateAsync(Order order, CancellationToken cancellationToken = default)
    {
        // A bad order fails the task, as every other failure of the call does (no second async frame for it).
        try
        {
            OrderValidation.ThrowIfInvalid(order);
            LocalAdmission.ThrowIfRefused(transport.ErpConfiguration, order, Route);
            return new OrderCreation(transport, this, order).RunAsync(transport.SerializeForWrite(order), cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<CreationResult<Order>>(ex);
        }
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

    private static string Quote(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    private async Task<Order> SendForOrderAsync(HttpMethod method, string keyPath, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var answer = await transport.SendAsync(method, Route, keyPath, string.Empty, body, cancellationToken).ConfigureAwait(false);
        return TotvsTransport.Read(answer, OrderType, method.Method, TotvsTransport.DescribePath(Route, keyPath));
    }
}
