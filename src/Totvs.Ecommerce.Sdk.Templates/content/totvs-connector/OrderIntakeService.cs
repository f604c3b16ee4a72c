using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Sync;

namespace TotvsConnector;

/// <summary>
/// Sends the store's new orders into the ERP. Each order is first written to the document ledger, then sent: a crash
/// between the two, a lost answer or a refusal leaves it in the ledger to be retried on the reprocessing schedule, and
/// <c>Orders.CreateAsync</c> looks an order up by its natural key before creating it, so it is never created twice.
/// Orders go at the ERP's pace: up to <see cref="ConnectorOptions.OrderConcurrency"/> at once, fewer while Datasul
/// answers 429/503 or slows down, none while its Retry-After runs; replicas claim disjoint batches.
/// </summary>
public sealed class OrderIntakeService(
    TotvsEcommerceClient erp, IDocumentLedgerStore ledgerStore, IStorefront store, IOptions<ConnectorOptions> options,
    ConnectorReplica replica, ConnectorCycle cycle, TimeProvider timeProvider, ILogger<OrderIntakeService> logger)
    : ConnectorService(cycle, timeProvider)
{
    private readonly DocumentSyncLedger ledger = new(ledgerStore, "orders", new DocumentLedgerOptions
    {
        Holder = replica.Name,
        ClaimDuration = options.Value.TakeOverAfter,
        Logger = logger,
        TimeProvider = timeProvider,
        Pace = new OrderBatchOptions { MaxConcurrency = options.Value.OrderConcurrency },
    });

    protected override string Name => "orders";

    protected override TimeSpan Interval => options.Value.OrderInterval;

    protected override bool RunOnce => options.Value.RunOnce;

    protected override async Task<string> RunCycleAsync(CancellationToken cancellationToken)
    {
        var added = await ledger.AddAsync(await store.NewOrderIdsAsync(cancellationToken), cancellationToken);
        var run = await ledger.ProcessDueAsync(
            async (storeOrderId, ct) =>
            {
                var created = await erp.Orders.CreateAsync(await store.GetOrderAsync(storeOrderId, ct), ct);
                await store.OrderAcceptedAsync(storeOrderId, created.Record, ct);
            },
            batchSize: 2 * options.Value.OrderConcurrency, cancellationToken: cancellationToken);
        return $"{added} new, {run.Synced} sent, {run.Failed} to retry";
    }
}
