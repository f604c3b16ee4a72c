using Microsoft.Extensions.Logging;
using NodaTime;

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

    /// <summary>The clock; <see cref="SystemClock.Instance"/> by default.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Where <see cref="DocumentSyncLedger.ProcessDueAsync"/> runs are logged (event 2010); nowhere by default.</summary>
    public ILogger? Logger { get; init; }
}
