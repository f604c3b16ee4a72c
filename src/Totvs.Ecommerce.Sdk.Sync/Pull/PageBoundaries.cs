namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// The page-boundary check of an <see cref="IncrementalPull"/> run on a feed records leave (an item taken out of the store
/// takes its prices and stock with it). Datasul pages by offset, so when records before a boundary leave the feed during
/// the run, the first record of the next page slides onto the page already read and, unchanged, is never pulled. The run
/// remembers the last record of each full page; when the next page is in, it asks for the record at that place again
/// (<c>pageSize=1</c>, while the page is handled), and another record there means the page before must be read again.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
internal sealed class PageBoundaries<TRecord>
    where TRecord : class
{
    /// <summary>How many times a run reads a page again because the feed moved under it, before it stops checking.</summary>
    private const int MostStepsBack = 50;

    private readonly RecordStamps<TRecord> stamps;
    private readonly Dictionary<int, string> lastOfPage = [];
    private Task<Page<TRecord>>? check;
    private string? expected;
    private int stepsBack;

    private PageBoundaries(RecordStamps<TRecord> stamps) => this.stamps = stamps;

    /// <summary>The check for a feed records can leave; <see langword="null"/> for the others (families and products stay, inactive).</summary>
    public static PageBoundaries<TRecord>? For(RecordStamps<TRecord>? stamps) => stamps is { CanLeaveTheFeed: true } ? new(stamps) : null;

    /// <summary>Asks again for the record that ended the page before <paramref name="page"/>, when that page was full and known.</summary>
    /// <param name="page">The page just received.</param>
    /// <param name="pageSize">Its size.</param>
    /// <param name="fetch">Reads one page at a size: the pull's own source with its filter.</param>
    public void Check(int page, int pageSize, Func<int, int, Task<Page<TRecord>>> fetch)
    {
        if (lastOfPage.TryGetValue(page - 1, out var last))
        {
            expected = last;
            check = fetch((page - 1) * pageSize, 1);
        }
    }

    /// <summary>
    /// Whether the feed moved under the run since the page before was read: the run then reads it again. After
    /// <see cref="MostStepsBack"/> such reads in one run it stops checking (a feed that never settles).
    /// </summary>
    public async Task<bool> MovedAsync()
    {
        if (check is not { } pending)
        {
            return false;
        }

        check = null;
        var now = await pending.ConfigureAwait(false);
        var moved = now.Items is [var at, ..] && stamps.IdentityOf(at) is { } identity && !string.Equals(identity, expected, StringComparison.Ordinal);
        if (!moved || stepsBack >= MostStepsBack)
        {
            return false;
        }

        stepsBack++;
        return true;
    }

    /// <summary>Remembers the last record of a full page (its boundary with the next); a page with skipped records is not checked.</summary>
    public void Remember(int page, Page<TRecord> result)
    {
        if (result.SkippedRecords.Count == 0 && result.Items.Count == result.PageSize && stamps.IdentityOf(result.Items[^1]) is { } last)
        {
            lastOfPage[page] = last;
        }
        else
        {
            lastOfPage.Remove(page);
        }
    }

    /// <summary>A check still pending when the run ended (a failure, a cancellation), observed quietly.</summary>
    public Task AbandonAsync()
    {
        var pending = check;
        check = null;
        return IncrementalPull.Observe(pending);
    }
}
