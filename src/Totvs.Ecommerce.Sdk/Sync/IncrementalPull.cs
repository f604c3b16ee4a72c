using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Pulls what changed in a Datasul collection since the last run, page by page, with a checkpoint after every
/// page: a run interrupted between two pages (crash, cancellation) resumes at the next page, without losing or
/// repeating a record. The watermark of the next run is the start of this one, so records changed while it ran
/// come again next time (the handler should upsert).
/// </summary>
public sealed class IncrementalPull
{
    private readonly ISyncCheckpointStore checkpoints;
    private readonly IClock clock;

    /// <summary>Creates the pull.</summary>
    /// <param name="checkpoints">Where the checkpoints live.</param>
    /// <param name="clock">The clock that stamps a run's start; <see cref="SystemClock.Instance"/> by default.</param>
    public IncrementalPull(ISyncCheckpointStore checkpoints, IClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        this.checkpoints = checkpoints;
        this.clock = clock ?? SystemClock.Instance;
    }

    /// <summary>Runs (or resumes) the pull.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <typeparam name="TListOptions">The resource's list options.</typeparam>
    /// <param name="name">The pull's checkpoint name, e.g. <c>products-store-1</c>.</param>
    /// <param name="source">The collection, e.g. <c>client.Products</c>.</param>
    /// <param name="options">The options (store, page size, …); the pull sets <c>ChangedSince</c> and <c>Page</c>.</param>
    /// <param name="handlePage">Stores a page's records; the checkpoint moves on only after it returns.</param>
    /// <param name="progress">Receives a report after each page.</param>
    /// <param name="cancellationToken">Stops the run between or during pages; the next run resumes.</param>
    /// <returns>What the run did.</returns>
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
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(handlePage);
        var checkpoint = await checkpoints.LoadAsync(name, cancellationToken) ?? new SyncCheckpoint();
        var resumed = checkpoint.IsRunInProgress;
        var runStartedAt = checkpoint.RunStartedAt ?? clock.GetCurrentInstant();
        var page = checkpoint.NextPage ?? 1;
        if (!resumed)
        {
            await checkpoints.SaveAsync(name, checkpoint with { RunStartedAt = runStartedAt, NextPage = 1 }, cancellationToken);
        }

        long records = 0;
        var pages = 0;
        while (true)
        {
            var result = await source.ListAsync(options with { ChangedSince = checkpoint.ChangedSince, Page = page }, cancellationToken);
            await handlePage(result.Items, cancellationToken);
            records += result.Items.Count;
            pages++;
            progress?.Report(new SyncProgress(name, pages, records));
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
            await checkpoints.SaveAsync(name, checkpoint with { RunStartedAt = runStartedAt, NextPage = page }, CancellationToken.None);
        }

        await checkpoints.SaveAsync(name, new SyncCheckpoint { ChangedSince = runStartedAt }, CancellationToken.None);
        return new SyncRunResult(records, pages, resumed, runStartedAt);
    }
}
