namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// VTEX's orders API: the feed of order events, an order, start handling, the invoice notification and the cancellation.
/// Thread-safe; get it from <see cref="VtexClient.Orders"/>.
/// </summary>
public sealed class VtexOrdersClient
{
    private readonly VtexTransport transport;

    internal VtexOrdersClient(VtexTransport transport) => this.transport = transport;

    /// <summary>
    /// Reads the next events of the order feed (<c>GET /api/orders/feed?maxlot=</c>). An event comes back until its handle is
    /// committed: handle it, then <see cref="CommitFeedAsync"/>.
    /// </summary>
    /// <param name="maxLot">How many events at most (1–10, VTEX's limit).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The events, oldest first; empty when there are none now.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer (never an empty list for a failure).</exception>
    public async Task<IReadOnlyList<VtexFeedItem>> ReadFeedAsync(int maxLot = 10, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLot, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLot, 10);
        return await transport.SendAsync(HttpMethod.Get, Account($"api/orders/feed?maxlot={maxLot}"), null, null,
            VtexJsonContext.Default.ListVtexFeedItem, false, cancellationToken).ConfigureAwait(false)
            ?? throw new VtexApiException("VTEX answered the order feed with nothing: expected a list, even empty.", 200, false);
    }

    /// <summary>Commits feed events (<c>POST /api/orders/feed</c>): they are not read again.</summary>
    /// <param name="handles">The events' handles.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when VTEX took them.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer (the events come back: handling them again must be safe).</exception>
    public async Task CommitFeedAsync(IEnumerable<string> handles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handles);
        var commit = new VtexFeedCommit { Handles = handles.ToList() };
        if (commit.Handles.Count > 0)
        {
            await transport.SendAsync<VtexFeedCommit>(HttpMethod.Post, Account("api/orders/feed"), commit, VtexJsonContext.Default.VtexFeedCommit, null, false, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Reads an order (<c>GET /api/oms/pvt/orders/{orderId}</c>).</summary>
    /// <param name="orderId">The VTEX order id, e.g. <c>1234567890123-01</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, or <see langword="null"/> when VTEX has none with that id.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public Task<VtexOrder?> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return transport.SendAsync(HttpMethod.Get, Account($"api/oms/pvt/orders/{VtexTransport.Segment(orderId)}"), null, null,
            VtexJsonContext.Default.VtexOrder, true, cancellationToken);
    }

    /// <summary>Starts handling an order (<c>POST /api/oms/pvt/orders/{orderId}/start-handling</c>): it moves to <c>handling</c>.</summary>
    /// <param name="orderId">The VTEX order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when VTEX took it.</returns>
    /// <exception cref="VtexApiException">VTEX refused (e.g. the order is not ready for handling) or did not answer.</exception>
    public async Task StartHandlingAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        await transport.SendAsync<VtexOrder>(HttpMethod.Post, Account($"api/oms/pvt/orders/{VtexTransport.Segment(orderId)}/start-handling"), null, null, null, false, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Notifies an invoice (<c>POST /api/oms/pvt/orders/{orderId}/invoice</c>), as <see cref="VtexInvoiceMapper"/> builds it.</summary>
    /// <param name="orderId">The VTEX order id.</param>
    /// <param name="invoice">The invoice notification.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when VTEX took it.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public async Task NotifyInvoiceAsync(string orderId, VtexInvoiceNotification invoice, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentNullException.ThrowIfNull(invoice);
        await transport.SendAsync<VtexInvoiceNotification>(HttpMethod.Post, Account($"api/oms/pvt/orders/{VtexTransport.Segment(orderId)}/invoice"), invoice,
            VtexJsonContext.Default.VtexInvoiceNotification, null, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels an order (<c>POST /api/oms/pvt/orders/{orderId}/cancel</c>), as <see cref="VtexCancellationMapper"/> builds it.</summary>
    /// <param name="cancellation">The order id and the reason.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when VTEX took it.</returns>
    /// <exception cref="VtexApiException">VTEX refused (e.g. an invoiced order) or did not answer.</exception>
    public async Task CancelAsync(VtexOrderCancellation cancellation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        ArgumentException.ThrowIfNullOrWhiteSpace(cancellation.OrderId);
        await transport.SendAsync<VtexOrderCancellation>(HttpMethod.Post, Account(cancellation.RequestPath), cancellation,
            VtexJsonContext.Default.VtexOrderCancellation, null, false, cancellationToken).ConfigureAwait(false);
    }

    private Uri Account(string path) => VtexTransport.Under(transport.AccountBase, path);
}
