using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Streams every record of a collection page by page: the next page is asked for only when the caller
/// has read the last record of the current one, so memory holds one page at a time.
/// </summary>
internal static class PageStream
{
    /// <summary>
    /// Every page from <paramref name="firstPage"/> on, each asked for when the caller moves past the previous one. A page
    /// with the invalid record the caller chose to stop at is handed over, then the stream throws.
    /// </summary>
    public static async IAsyncEnumerable<Page<T>> ReadPagesAsync<T>(
        Func<int, CancellationToken, Task<PageReadResult<T>>> readPage,
        int firstPage,
        string path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageNumber = firstPage;
        int? previousFingerprint = null;
        while (true)
        {
            var (page, stoppedAt, fingerprint) = await readPage(pageNumber, cancellationToken).ConfigureAwait(false);
            GuardPaging(page, fingerprint, previousFingerprint, firstPage, path);
            previousFingerprint = fingerprint;
            var (hasNext, returned, skipped) = (page.HasNext, page.Items.Count, page.SkippedRecords.Count);
            yield return page;

            if (stoppedAt is not null)
            {
                throw new TotvsInvalidRecordException(stoppedAt);
            }

            if (!hasNext)
            {
                yield break;
            }

            if (returned == 0 && skipped == 0)
            {
                throw new TotvsApiException(
                    $"GET {path} answered page {pageNumber} with no records but hasNext=true; the SDK stops here instead of " +
                    "looping forever. Check the server's paging (page, pageSize) for this Datasul release.",
                    200, null, false, "GET", path, null);
            }

            pageNumber++;
        }
    }

    /// <summary>
    /// The pages of <see cref="ReadPagesAsync"/>, fetched by a producer up to <paramref name="prefetch"/> pages ahead of the
    /// caller: page n+1 is asked for as soon as page n arrived and a place is free, while the caller processes what it has.
    /// At most <paramref name="prefetch"/> pages wait besides the one the caller reads. A failure is handed over in its
    /// place, after the pages before it; a caller that stops early stops the producer (nothing keeps running).
    /// </summary>
    public static async IAsyncEnumerable<Page<T>> PrefetchPagesAsync<T>(
        Func<int, CancellationToken, Task<PageReadResult<T>>> readPage,
        int firstPage,
        string path,
        int prefetch,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<Prefetched<T>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var places = new SemaphoreSlim(prefetch);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(readPage, firstPage, path, places, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var item))
                {
                    item.Failure?.Throw();
                    places.Release(); // the caller takes this page: one more may be fetched
                    yield return item.Page!;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The producer stopped because the caller did.
            }
        }
    }

    private static async Task ProduceAsync<T>(
        Func<int, CancellationToken, Task<PageReadResult<T>>> readPage, int firstPage, string path, SemaphoreSlim places,
        ChannelWriter<Prefetched<T>> writer, CancellationToken stop)
    {
        try
        {
            await foreach (var page in ReadPagesAsync(ThrottledBy(readPage, places), firstPage, path, stop).ConfigureAwait(false))
            {
                writer.TryWrite(new Prefetched<T>(page, null));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The caller stopped reading.
        }
        catch (Exception ex)
        {
            writer.TryWrite(new Prefetched<T>(null, ExceptionDispatchInfo.Capture(ex)));
        }
        finally
        {
            writer.TryComplete();
        }
    }

    /// <summary>Each page read waits for a free place first: the producer never holds more than the places allow.</summary>
    private static Func<int, CancellationToken, Task<PageReadResult<T>>> ThrottledBy<T>(
        Func<int, CancellationToken, Task<PageReadResult<T>>> readPage, SemaphoreSlim places) =>
        async (page, cancellationToken) =>
        {
            await places.WaitAsync(cancellationToken).ConfigureAwait(false);
            return await readPage(page, cancellationToken).ConfigureAwait(false);
        };

    /// <summary>A page fetched ahead, or the failure that took its place.</summary>
    private sealed record Prefetched<T>(Page<T>? Page, ExceptionDispatchInfo? Failure);

    /// <summary>The records of <paramref name="pages"/>, each let go by the stream once handed over.</summary>
    public static async IAsyncEnumerable<T> ReadRecordsAsync<T>(IAsyncEnumerable<Page<T>> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // The page is the stream's own: each record is let go once handed over, so a collection while the caller
            // works through a big page does not keep (and promote) the records already read.
            var items = page.Items;
            var owned = items as List<T>;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (owned is not null)
                {
                    owned[i] = default!;
                }

                yield return item;
            }
        }
    }

    /// <summary>
    /// Stops a list that would never end: the same page served again (a server that ignores <c>page</c>), or more pages
    /// than the announced total. A page of invalid records counts like any other.
    /// </summary>
    private static void GuardPaging<T>(Page<T> page, int fingerprint, int? previousFingerprint, int firstPage, string path)
    {
        if (!page.HasNext)
        {
            return;
        }

        if (fingerprint != 0 && fingerprint == previousFingerprint && page.Items.Count + page.SkippedRecords.Count > 0)
        {
            throw new TotvsApiException(
                $"GET {path} answered page {page.PageNumber} exactly as page {page.PageNumber - 1}, still with hasNext=true: the server " +
                "ignores the page parameter. The SDK stops here instead of looping forever; check the paging of this Datasul release.",
                200, null, false, "GET", path, null);
        }

        if (page.TotalCount is { } total && page.PageNumber - firstPage + 1 > (total + page.PageSize - 1) / page.PageSize)
        {
            throw new TotvsApiException(
                $"GET {path} answered page {page.PageNumber} with hasNext=true although totalHits={total} makes {(total + page.PageSize - 1) / page.PageSize} " +
                $"pages of {page.PageSize}. The SDK stops here instead of reading past the announced total.",
                200, null, false, "GET", path, null);
        }
    }
}
