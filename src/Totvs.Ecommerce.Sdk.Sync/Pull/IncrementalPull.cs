using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Totvs.Ecommerce.Sdk.Diagnostics;

using Totvs.Ecommerce.Sdk.Time;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Pulls what changed in a Datasul collection since the last run, page by page, with a checkpoint after every
/// page: a run interrupted between two pages (crash, cancellation) resumes at the next page. Every change the ERP makes
/// after the previous run started is delivered, however long a run lasts and however long a crashed one stays down: the
/// next run's watermark is the earlier of the run's start by the ERP's own clock (its answers' <c>Date</c>) and the
/// greatest <c>lastUpdate</c> received, less <see cref="Overlap"/>; the records the overlap brings again at the same
/// version are dropped. Delivery is at least once (a resumed run reads its resume page again, a record changed during a
/// run may come in this run and the next): the handler should upsert.
/// </summary>
/// <remarks>
/// With <see cref="IncrementalPullOptions.Leases"/>, only one replica runs a given pull at a time: the others get a
/// result marked <see cref="SyncRunResult.Skipped"/>, and a holder that dies passes the lease on when it
/// expires. Every checkpoint save is a compare-and-swap, so even a holder that stalled past its lease cannot write over
/// its successor's progress.
/// </remarks>
public sealed class IncrementalPull
{
    /// <summary>The overlap used when none is given.</summary>
    public static readonly TimeSpan DefaultOverlap = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The most versions an unfinished run keeps in its checkpoint (<see cref="SyncCheckpoint.DeliveredInRun"/>): past it
    /// (a first pull of a catalog stamped all at once), a resumed run's next run delivers them again rather than every
    /// page's save writing them all.
    /// </summary>
    private const int MostKeptInRun = 5_000;

    private readonly ISyncCheckpointStore checkpoints;
    private readonly IncrementalPullOptions options;

    /// <summary>Creates the pull.</summary>
    /// <param name="checkpoints">Where the checkpoints live.</param>
    /// <param name="timeProvider">
    /// The clock that stamps a run's start; <see cref="TimeProvider.System"/> by default. It bounds the watermark only when
    /// the ERP's answers carry no <c>Date</c> header, and sets it for records the SDK cannot read a <c>lastUpdate</c> from.
    /// </param>
    /// <param name="overlap">
    /// How far before the greatest <c>lastUpdate</c> received the next run starts (a record the ERP stamps before it
    /// commits may appear late); <see cref="DefaultOverlap"/> (5 minutes) by default.
    /// </param>
    public IncrementalPull(ISyncCheckpointStore checkpoints, TimeProvider? timeProvider = null, TimeSpan? overlap = null)
        : this(checkpoints, new IncrementalPullOptions { TimeProvider = timeProvider ?? TimeProvider.System, Overlap = overlap ?? DefaultOverlap })
    {
    }

    /// <summary>Creates the pull, with leases for several replicas.</summary>
    /// <param name="checkpoints">Where the checkpoints live.</param>
    /// <param name="options">Clock, overlap and leases.</param>
    public IncrementalPull(ISyncCheckpointStore checkpoints, IncrementalPullOptions options)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Overlap, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.LeaseDuration, TimeSpan.Zero, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Holder, nameof(options));
        this.checkpoints = checkpoints;
        this.options = options;
    }

    /// <summary>How far before the greatest <c>lastUpdate</c> received the next run starts.</summary>
    public TimeSpan Overlap => options.Overlap;

    /// <summary>Runs (or resumes) the pull; with leases, only when no other replica is running it.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <typeparam name="TListOptions">The resource's list options.</typeparam>
    /// <param name="name">The pull's checkpoint name, e.g. <c>products-store-1</c>.</param>
    /// <param name="source">The collection, e.g. <c>client.Products</c>.</param>
    /// <param name="options">The options (store, page size, …); the pull sets <c>ChangedSince</c> and <c>Page</c>.</param>
    /// <param name="handlePage">Stores a page's records; the checkpoint moves on only after it returns.</param>
    /// <param name="progress">Receives a report after each page.</param>
    /// <param name="cancellationToken">Stops the run between or during pages; the next run resumes.</param>
    /// <returns>What the run did, or a skipped result when another replica is running it.</returns>
    /// <exception cref="SyncLeaseLostException">The lease passed to another replica during the run (which resumes it).</exception>
    /// <exception cref="SyncConflictException">Someone else saved the checkpoint during the run (without leases, two runs of one pull at once).</exception>
    public async Task<SyncRunResult> RunAsync<TRecord, TListOptions>(
        string name,
        EcommerceCollectionClient<TRecord, TListOptions> source,
        TListOptions options,
        Func<IReadOnlyList<TRecord>, CancellationToken, Task> handlePage,
        IProgress<SyncProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where TRecord : class
        where TListOptions : EcommerceListOptions
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(handlePage);
        var logger = this.options.Logger ?? NullLogger.Instance;
        using var activity = TotvsTelemetry.Source.StartActivity($"sync.pull {name}", ActivityKind.Internal);
        activity?.SetTag("totvs.sync.name", name);
        TotvsLog.PullStarting(logger, name);
        try
        {
            var result = await RunLeasedAsync(name, source, options, handlePage, progress, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("totvs.sync.records", result.Records);
            activity?.SetTag("totvs.sync.pages", result.Pages);
            activity?.SetTag("totvs.sync.resumed", result.Resumed);
            activity?.SetTag("totvs.sync.skipped", result.Skipped);
            if (result.Skipped)
            {
                TotvsLog.PullSkipped(logger, name);
            }
            else
            {
                TotvsLog.PullFinished(logger, name, result.Records, result.Pages, result.Resumed ? " (resumed an interrupted run)" : string.Empty, result.Watermark.ToString());
            }

            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.SetTag("error.type", ex.GetType().FullName);
            activity?.SetStatus(ActivityStatusCode.Error);
            TotvsLog.PullFailed(logger, name, ex);
            throw;
        }
    }

    private async Task<SyncRunResult> RunLeasedAsync<TRecord, TListOptions>(
        string name,
        EcommerceCollectionClient<TRecord, TListOptions> source,
        TListOptions options,
        Func<IReadOnlyList<TRecord>, CancellationToken, Task> handlePage,
        IProgress<SyncProgress>? progress,
        CancellationToken cancellationToken)
        where TRecord : class
        where TListOptions : EcommerceListOptions
    {
        if (this.options.Leases is not { } leases)
        {
            return await RunHeldAsync(name, source, options, handlePage, progress, null, cancellationToken).ConfigureAwait(false);
        }

        var now = this.options.TimeProvider.GetCurrentInstant();
        var lease = await leases.TryAcquireAsync(name, this.options.Holder, now, now + Duration.FromTimeSpan(this.options.LeaseDuration), cancellationToken)
            .ConfigureAwait(false);
        if (lease is null)
        {
            return new SyncRunResult(0, 0, false, now) { Skipped = true };
        }

        var holder = new LeaseHolder(leases, lease, this.options);
        try
        {
            return await RunHeldAsync(name, source, options, handlePage, progress, holder, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await holder.ReleaseAsync().ConfigureAwait(false);
        }
    }

    private async Task<SyncRunResult> RunHeldAsync<TRecord, TListOptions>(
        string name,
        EcommerceCollectionClient<TRecord, TListOptions> source,
        TListOptions options,
        Func<IReadOnlyList<TRecord>, CancellationToken, Task> handlePage,
        IProgress<SyncProgress>? progress,
        LeaseHolder? lease,
        CancellationToken cancellationToken)
        where TRecord : class
        where TListOptions : EcommerceListOptions
    {
        var stored = await checkpoints.LoadAsync(name, cancellationToken).ConfigureAwait(false);
        var version = stored?.Version ?? 0;
        var checkpoint = stored?.Value ?? new SyncCheckpoint();
        var resumed = checkpoint.IsRunInProgress;
        var runStartedAt = checkpoint.RunStartedAt ?? this.options.TimeProvider.GetCurrentInstant();
        var serverStartedAt = resumed ? checkpoint.ServerRunStartedAt : null;
        var page = checkpoint.NextPage ?? 1;
        if (!resumed)
        {
            version = await checkpoints.SaveAsync(name, checkpoint with
            {
                RunStartedAt = runStartedAt, ServerRunStartedAt = null, NextPage = 1, LatestSeen = null, DeliveredInRun = null,
            }, version, cancellationToken).ConfigureAwait(false);
        }

        var stamps = RecordStamps<TRecord>.Known;
        var repeats = checkpoint.DeliveredAtEdge?.ToHashSet(StringComparer.Ordinal) ?? [];
        var latest = resumed ? checkpoint.LatestSeen : null;
        var edge = resumed ? EdgeOf(checkpoint.DeliveredInRun) : new Dictionary<string, Instant>(StringComparer.Ordinal);
        long records = 0;
        var pages = 0;
        Task<Page<TRecord>>? ahead = null;
        var boundaries = PageBoundaries<TRecord>.For(stamps);

        // Where the unfinished run stands: a crash from here resumes at the next page with what it delivered so far.
        async Task SaveProgressAsync() => version = await checkpoints.SaveAsync(name, checkpoint with
        {
            RunStartedAt = runStartedAt,
            ServerRunStartedAt = serverStartedAt,
            NextPage = page,
            LatestSeen = latest,
            DeliveredInRun = edge.Count is 0 or > MostKeptInRun ? null : [.. edge.Keys.Order(StringComparer.Ordinal)],
        }, version, CancellationToken.None).ConfigureAwait(false);

        try
        {
            while (true)
            {
                var result = ahead is not null
                    ? await ahead.ConfigureAwait(false)
                    : await source.ListAsync(options with { ChangedSince = checkpoint.ChangedSince, Page = page }, cancellationToken).ConfigureAwait(false);
                ahead = null;
                boundaries?.Check(page, result.PageSize, (at, size) =>
                    source.ListAsync(options with { ChangedSince = checkpoint.ChangedSince, Page = at, PageSize = size }, cancellationToken));

                // The ERP's clock at the run's first page bounds the next watermark: whatever it changes from then on, on a
                // page this run has passed or while the process is down, the next run asks for.
                serverStartedAt ??= result.Response?.ServerDate is { } date ? Instant.FromDateTimeOffset(date) : null;
                var delivered = stamps is null ? result.Items : Track(result.Items, stamps, repeats, edge, ref latest);
                Prune(edge, WatermarkOf(serverStartedAt ?? runStartedAt, latest));
                if (lease is not null)
                {
                    await lease.RenewAsync(cancellationToken).ConfigureAwait(false);
                }

                // Fetching ahead: the next page comes while this one is handled; the checkpoint still moves only after it is.
                if (this.options.PrefetchNextPage && result.HasNext && result.Items.Count + result.SkippedRecords.Count > 0)
                {
                    ahead = source.ListAsync(options with { ChangedSince = checkpoint.ChangedSince, Page = page + 1 }, cancellationToken);
                }

                await handlePage(delivered, cancellationToken).ConfigureAwait(false);
                records += delivered.Count;
                pages++;
                progress?.Report(new SyncProgress(name, pages, records));
                if (boundaries is not null && await boundaries.MovedAsync().ConfigureAwait(false))
                {
                    // Records before the boundary left the feed: the ones that slid back onto the page before are read
                    // again from there (at least once), and its own boundary is checked in turn.
                    await Observe(ahead).ConfigureAwait(false);
                    ahead = null;
                    page--;
                    TotvsLog.PullSteppedBack(this.options.Logger ?? NullLogger.Instance, name, page);
                    await SaveProgressAsync().ConfigureAwait(false);
                    continue;
                }

                boundaries?.Remember(page, result);

                if (!result.HasNext)
                {
                    break;
                }

                // A page whose records were all skipped as invalid is still a page: the records after it must be pulled
                // before the watermark moves on. Only a page with nothing at all and hasNext=true is a broken server.
                if (result.Items.Count == 0 && result.SkippedRecords.Count == 0)
                {
                    throw new TotvsApiException(
                        $"Pull '{name}': page {page} came with no records but hasNext=true. The checkpoint stays where it was (nothing is " +
                        "lost); check the server's paging for this Datasul release.",
                        200, null, false, "GET", null, null);
                }

                page++;
                await SaveProgressAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or SyncLeaseLostException or SyncConflictException))
        {
            await RecordFailureAsync(name, ex).ConfigureAwait(false);
            throw;
        }
        finally
        {
            // The run ended before taking a page fetched ahead or a check (a failure, a cancellation): observe them, quietly.
            await Observe(ahead).ConfigureAwait(false);
            await (boundaries?.AbandonAsync() ?? Task.CompletedTask).ConfigureAwait(false);
        }

        var finished = Finished(checkpoint, stamps is not null, latest, edge, serverStartedAt ?? runStartedAt) with
        {
            LastRun = new SyncRunRecord
            {
                StartedAt = runStartedAt, FinishedAt = this.options.TimeProvider.GetCurrentInstant(), Records = records, Pages = pages, Resumed = resumed,
            },
        };
        await checkpoints.SaveAsync(name, finished, version, CancellationToken.None).ConfigureAwait(false);
        return new SyncRunResult(records, pages, resumed, finished.ChangedSince ?? runStartedAt);
    }

    /// <summary>A page fetch the run no longer takes (it ended, or stepped back), observed quietly.</summary>
    internal static Task Observe<T>(Task<T>? task) => task is null
        ? Task.CompletedTask
        : task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>
    /// Keeps a failed run's cause in the checkpoint for the operator (the status page), on the checkpoint exactly as it was
    /// last saved (the next run resumes there). Best effort: the run's own failure is what the caller gets.
    /// </summary>
    private async Task RecordFailureAsync(string name, Exception exception)
    {
        var failure = DocumentFailure.Of(exception);
        try
        {
            if (await checkpoints.LoadAsync(name, CancellationToken.None).ConfigureAwait(false) is { } saved)
            {
                await checkpoints.SaveAsync(name, saved.Value with
                {
                    LastFailure = new SyncRunFailure { At = options.TimeProvider.GetCurrentInstant(), Code = failure.Code, Message = failure.Description },
                }, saved.Version, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is SyncConflictException || Storage.StoreFailures.IsUnavailable(ex))
        {
            // Another replica moved the checkpoint meanwhile, or the store is down too: the run's failure still surfaces.
        }
    }

    /// <summary>The records of a page to hand over (without the exact versions the last run delivered at its edge), noting each one's change time.</summary>
    private static List<TRecord> Track<TRecord>(
        IReadOnlyList<TRecord> items, RecordStamps<TRecord> stamps, HashSet<string> repeats, Dictionary<string, Instant> edge, ref Instant? latest)
    {
        var delivered = new List<TRecord>(items.Count);
        foreach (var item in items)
        {
            // A repeat is not handed over again, but it still marks the edge: it stays known to the next run too.
            var identity = stamps.IdentityOf(item);
            if (stamps.LastUpdateOf(item) is { } changed)
            {
                latest = latest is { } known && known > changed ? known : changed;
                if (identity is not null)
                {
                    edge[identity] = changed;
                }
            }

            if (identity is null || !repeats.Contains(identity))
            {
                delivered.Add(item);
            }
        }

        return delivered;
    }

    /// <summary>Forgets the versions older than the watermark so far: memory stays that of the edge, not of the run.</summary>
    private static void Prune(Dictionary<string, Instant> edge, Instant? watermark)
    {
        if (watermark is not { } mark || edge.Count == 0)
        {
            return;
        }

        foreach (var (identity, changed) in edge)
        {
            if (changed < mark)
            {
                edge.Remove(identity);
            }
        }
    }

    /// <summary>
    /// The watermark a run ends with: the earlier of the run's start (the ERP's clock when it sent one) and the greatest
    /// <c>lastUpdate</c> received, less the overlap; <see langword="null"/> while nothing was received. The start bounds it
    /// because pages are read in key order, not change order: a record changed after the run started may sit on a page the
    /// run has passed, and only the next run, asking from before that start, brings it.
    /// </summary>
    private Instant? WatermarkOf(Instant start, Instant? latest) =>
        latest is { } greatest ? (greatest < start ? greatest : start) - Duration.FromTimeSpan(Overlap) : null;

    /// <summary>The edge a resumed run carries on, from the identities its checkpoint kept (<c>key@ticks</c>).</summary>
    private static Dictionary<string, Instant> EdgeOf(IReadOnlyList<string>? identities)
    {
        var edge = new Dictionary<string, Instant>(StringComparer.Ordinal);
        foreach (var identity in identities ?? [])
        {
            var at = identity.LastIndexOf('@');
            if (at > 0 && long.TryParse(identity.AsSpan(at + 1), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var ticks))
            {
                edge[identity] = Instant.FromUnixTimeTicks(ticks);
            }
        }

        return edge;
    }

    /// <summary>
    /// The checkpoint after a finished run: the watermark (see <see cref="WatermarkOf"/>) with the versions delivered at or
    /// after it; unchanged when nothing came; the run's start for records without a <c>lastUpdate</c> the SDK can read.
    /// </summary>
    private SyncCheckpoint Finished(SyncCheckpoint previous, bool stamped, Instant? latest, Dictionary<string, Instant> edge, Instant start)
    {
        if (!stamped)
        {
            return new SyncCheckpoint { ChangedSince = start };
        }

        if (WatermarkOf(start, latest) is not { } watermark)
        {
            return new SyncCheckpoint { ChangedSince = previous.ChangedSince, DeliveredAtEdge = previous.DeliveredAtEdge };
        }

        var atEdge = edge.Where(e => e.Value >= watermark).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        return new SyncCheckpoint { ChangedSince = watermark, DeliveredAtEdge = atEdge };
    }
}
