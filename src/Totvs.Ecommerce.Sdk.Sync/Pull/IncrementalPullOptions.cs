using Microsoft.Extensions.Logging;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>How an <see cref="IncrementalPull"/> runs: its clock, overlap, and the lease that keeps replicas from running it twice.</summary>
public sealed record IncrementalPullOptions
{
    /// <summary>The clock; <see cref="TimeProvider.System"/> by default. It times leases and stamps the start of runs.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How far before the greatest <c>lastUpdate</c> received the next run starts (5 minutes by default).</summary>
    public TimeSpan Overlap { get; init; } = IncrementalPull.DefaultOverlap;

    /// <summary>Where leases live (the same database store as the checkpoints); <see langword="null"/>: no lease, one process only.</summary>
    public ISyncLeaseStore? Leases { get; init; }

    /// <summary>This replica's name in the lease; the machine, process and a random suffix by default.</summary>
    public string Holder { get; init; } = SyncHolder.Default;

    /// <summary>
    /// How long a lease holds without renewal (2 minutes by default); the holder renews it after each page. A replica that
    /// dies hands the pull on after this; keep it well above the time one page takes.
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Whether the next page is fetched while the current one is handled, so a run takes about the longer of fetching
    /// and handling instead of their sum. The checkpoint still moves only after a page is handled; a page fetched ahead of a
    /// failure is dropped and fetched again by the next run.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>: with replicas, a fetch ahead may reach the ERP after the lease passed on.</value>
    public bool PrefetchNextPage { get; init; }

    /// <summary>Where runs are logged (started, finished, skipped, failed: events 2000–2003); nowhere by default.</summary>
    public ILogger? Logger { get; init; }
}
