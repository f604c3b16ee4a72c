using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Sync;

namespace TotvsConnector;

/// <summary>
/// Sends the ERP's invoices (NF-e), their cancellations and the orders cancelled in the ERP back to the store. The invoices that changed since the last
/// run (a checkpoint in the state store) are written to the document ledger, one document per invoice and status, then
/// sent to the store up to <see cref="ConnectorOptions.StoreConcurrency"/> at once: a store that refuses or is down
/// leaves the notification in the ledger to be retried, and the pull goes on.
/// </summary>
public sealed class StatusFeedbackService(
    TotvsEcommerceClient erp, ISyncCheckpointStore checkpoints, ISyncLeaseStore leases, IDocumentLedgerStore ledgerStore, IStorefront store,
    IOptions<ConnectorOptions> options, ConnectorReplica replica, ConnectorCycle cycle, TimeProvider timeProvider, ILogger<StatusFeedbackService> logger)
    : ConnectorService(cycle, timeProvider)
{
    private readonly IncrementalPull pull = new(checkpoints, new IncrementalPullOptions
    {
        Leases = leases, LeaseDuration = options.Value.TakeOverAfter, Holder = replica.Name, Logger = logger, TimeProvider = timeProvider,
    });

    private readonly DocumentSyncLedger ledger = Ledger("invoice-notifications", ledgerStore, options.Value, replica, logger, timeProvider);

    private readonly DocumentSyncLedger cancellations = Ledger("order-cancellations", ledgerStore, options.Value, replica, logger, timeProvider);

    protected override string Name => "status";

    protected override TimeSpan Interval => options.Value.StatusInterval;

    protected override bool RunOnce => options.Value.RunOnce;

    protected override async Task<string> RunCycleAsync(CancellationToken cancellationToken)
    {
        var code = options.Value.StoreCode;
        var pulled = new ConcurrentDictionary<string, Invoice>(StringComparer.Ordinal);
        var run = await pull.RunAsync($"invoices-{code}", erp.Invoices, new InvoiceListOptions { StoreCode = code, PageSize = 100 },
            async (page, ct) =>
            {
                foreach (var invoice in page)
                {
                    pulled[KeyOf(invoice)] = invoice;
                }

                await ledger.AddAsync(page.Select(KeyOf), ct);
            },
            cancellationToken: cancellationToken);
        var sent = await ledger.ProcessDueAsync(async (key, ct) =>
        {
            // An invoice pulled in an earlier cycle (its notification failed then) is read again from the ERP.
            var invoice = pulled.TryGetValue(key, out var known) ? known : await ReadAsync(key, ct);
            await store.NotifyInvoiceAsync(invoice, ct);
        }, batchSize: 4 * options.Value.StoreConcurrency, cancellationToken: cancellationToken);
        var cancelled = await CancellationsAsync(code, cancellationToken);
        return $"{run.Records} invoices, {sent.Synced} notified, {sent.Failed} to retry; {cancelled}";
    }

    /// <summary>The store's orders cancelled in the ERP since the last run, each told to the store once (the ledger retries a failure).</summary>
    private async Task<string> CancellationsAsync(string code, CancellationToken cancellationToken)
    {
        var pulled = new ConcurrentDictionary<string, Order>(StringComparer.Ordinal);
        var run = await pull.RunAsync($"orders-{code}", erp.Orders, new OrderListOptions { StoreCode = code, PageSize = 100 },
            async (page, ct) =>
            {
                var cancelled = page.Where(o => o.OrderSituation == OrderSituation.Cancelled && !string.IsNullOrWhiteSpace(o.EcommerceOrderId) && o.OrderId is not null).ToList();
                foreach (var order in cancelled)
                {
                    pulled[order.OrderId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)] = order;
                }

                await cancellations.AddAsync(cancelled.Select(o => o.OrderId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct);
            },
            cancellationToken: cancellationToken);
        var sent = await cancellations.ProcessDueAsync(async (key, ct) =>
        {
            var order = pulled.TryGetValue(key, out var known) ? known : await erp.Orders.GetAsync(long.Parse(key, System.Globalization.CultureInfo.InvariantCulture), ct);
            await store.NotifyCancellationAsync(order, ct);
        }, batchSize: 4 * options.Value.StoreConcurrency, cancellationToken: cancellationToken);
        return $"{run.Records} orders, {sent.Synced} cancellations told";
    }

    /// <summary>A ledger of notifications to the store, sent at the store's pace (not Datasul's).</summary>
    private static DocumentSyncLedger Ledger(
        string name, IDocumentLedgerStore store, ConnectorOptions options, ConnectorReplica replica, ILogger logger, TimeProvider timeProvider) =>
        new(store, name, new DocumentLedgerOptions
        {
            Holder = replica.Name,
            ClaimDuration = options.TakeOverAfter,
            Logger = logger,
            TimeProvider = timeProvider,
            Pace = new OrderBatchOptions { MaxConcurrency = options.StoreConcurrency, AdaptToErp = false },
        });

    /// <summary>One notification per invoice and status: a cancellation is told to the store even after the invoice was.</summary>
    private static string KeyOf(Invoice invoice) => $"{invoice.BranchId}|{invoice.Series}|{invoice.InvoiceNumber}|{invoice.Status}";

    private Task<Invoice> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var parts = key.Split('|');
        return erp.Invoices.GetAsync(parts[0], parts[1], parts[2], cancellationToken);
    }
}
