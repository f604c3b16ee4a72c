using Microsoft.Extensions.Logging;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>How a <see cref="DocumentSyncLedger"/> claims and reschedules documents.</summary>
public sealed record DocumentLedgerOptions
{
    /// <summary>
    /// This replica's name in the ledger; the machine, process and a random suffix by default. Give each replica a stable,
    /// unique name (its pod or host name) so that, restarted, it takes its own claims back at once; never run two ledgers
    /// of one kind under one name at the same time.
    /// </summary>
    public string Holder { get; init; } = SyncHolder.Default;

    /// <summary>
    /// How long a claim holds (5 minutes by default): a replica killed mid-document leaves it to another after this. Keep
    /// it well above the time one document takes to send.
    /// </summary>
    public TimeSpan ClaimDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>When failed documents are sent again.</summary>
    public ReprocessingSchedule Schedule { get; init; } = new();

    /// <summary>
    /// How <see cref="DocumentSyncLedger.ProcessDueAsync"/> spreads the sends over the ERP: the adaptive limit of
    /// <c>Orders.CreateManyAsync</c> (at most <see cref="OrderBatchOptions.MaxConcurrency"/> in flight, starting at
    /// <see cref="OrderBatchOptions.InitialConcurrency"/>, fewer while Datasul pushes back). The limit grows only on the
    /// SDK's POST answers; for a send that calls something else (a store's API) set <see cref="OrderBatchOptions.AdaptToErp"/>
    /// to <see langword="false"/> to keep <see cref="OrderBatchOptions.MaxConcurrency"/> in flight.
    /// </summary>
    /// <value>Defaults to <see cref="OrderBatchOptions"/>'s defaults: one in flight at the start, up to 4.</value>
    public OrderBatchOptions Pace { get; init; } = new();

    /// <summary>
    /// The clock: it stamps claims, attempts and due times, and times a Retry-After's wait and the renewal of claims;
    /// <see cref="TimeProvider.System"/> by default. Tests give a fake one.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where <see cref="DocumentSyncLedger.ProcessDueAsync"/> runs are logged (event 2010); nowhere by default.</summary>
    public ILogger? Logger { get; init; }
}
