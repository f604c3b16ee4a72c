using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Sync;

namespace TotvsConnector;

/// <summary>
/// Sends the ERP's invoices (NF-e) and their cancellations back to the store, pulling only what changed since the last
/// run (a checkpoint in the state store).
/// </summary>
public sealed class StatusFeedbackService(
    TotvsEcommerceClient erp, ISyncCheckpointStore checkpoints, ISyncLeaseStore leases, IStorefront store, IOptions<ConnectorOptions> options,
    ConnectorCycle cycle, TimeProvider timeProvider, ILogger<StatusFeedbackService> logger)
    : ConnectorService(cycle, timeProvider)
{
    private readonly IncrementalPull pull = new(checkpoints, new IncrementalPullOptions { Leases = leases, Logger = logger });

    protected override string Name => "status";

    protected override TimeSpan Interval => options.Value.StatusInterval;

    protected override bool RunOnce => options.Value.RunOnce;

    protected override async Task<string> RunCycleAsync(CancellationToken cancellationToken)
    {
        var code = options.Value.StoreCode;
        var run = await pull.RunAsync($"invoices-{code}", erp.Invoices, new InvoiceListOptions { StoreCode = code, PageSize = 100 },
            async (page, ct) =>
            {
                foreach (var invoice in page)
                {
                    await store.NotifyInvoiceAsync(invoice, ct);
                }
            },
            cancellationToken: cancellationToken);
        return $"{run.Records} invoices";
    }
}
