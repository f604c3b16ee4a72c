using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The pages of a collection fetched ahead of the caller and handed over in order. A producer starts the reads: up to
/// <c>parallel</c> at once, never more than <c>max(prefetch, parallel)</c> pages fetched or waiting besides the one the
/// caller holds. With one request at a time, page n+1 is asked for only once page n said there is more. With several,
/// the pages after the first are asked for before that is known (Datasul's catalog lists announce no total): a page
/// past the end is thrown away. Where a list announces <c>totalHits</c> nothing past it is fetched ahead: a page the
/// server still claims beyond it is read by the caller's loop, after the paging guard has seen the one before.
/// </summary>
internal static class PageReadAhead
{
    /// <summary>
    /// Every page from <paramref name="firstPage"/> on. A failure surfaces in its place, after the pages before it; a
    /// caller that stops early stops the producer and waits for what was in flight, so nothing keeps running.
    /// </summary>
    public static async IAsyncEnumerable<Page<T>> ReadAsync<T>(
        Func<int, CancellationToken, Task<PageReadResult<T>>> readPage,
        int firstPage,
        string path,
        int prefetch,
        int parallel,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reads = Channel.CreateUnbounded<Task<PageReadResult<T>>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var places = new SemaphoreSlim(Math.Max(prefetch, parallel));
        using var requests = new SemaphoreSlim(parallel);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var end = new KnownEnd();
        var producer = Task.Run(
            () => StartReadsAsync(readPage, firstPage, parallel, places, requests, end, reads.Writer, stop.Token), CancellationToken.None);
        var guard = new PagingGuard<T>(firstPage, path);
        try
        {
            var nextPage = firstPage;
            while (true)
            {
                PageReadResult<T> result;
                if (await reads.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false) && reads.Reader.TryRead(out var read))
                {
                    result = await read.ConfigureAwait(false);
                }
                else if (nextPage > end.AnnouncedLastPage)
                {
                    // Past the total the list announced, nothing was fetched ahead: a page the server still claims is read
                    // here, one at a time, and the guard decides.
                    result = await readPage(nextPage, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    throw new InvalidOperationException($"The read-ahead of GET {path} ended before the last page; this is a bug in the SDK.");
                }

                guard.Check(result); // before the place is freed: nothing is fetched past a page that stops the stream
                places.Release(); // the caller takes this page: one more may be fetched
                nextPage = result.Page.PageNumber + 1;
                yield return result.Page;
                if (!guard.Continues(result))
                {
                    yield break;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
            while (reads.Reader.TryRead(out var left))
            {
                await ObserveAsync(left).ConfigureAwait(false);
            }
        }
    }

    private static async Task StartReadsAsync<T>(
        Func<int, CancellationToken, Task<PageReadResult<T>>> readPage, int firstPage, int parallel, SemaphoreSlim places,
        SemaphoreSlim requests, KnownEnd end, ChannelWriter<Task<PageReadResult<T>>> writer, CancellationToken stop)
    {
        try
        {
            Task<PageReadResult<T>>? previous = null;
            for (var page = firstPage; ; page++)
            {
                await places.WaitAsync(stop).ConfigureAwait(false);
                if (page > end.AnnouncedLastPage)
                {
                    return; // past the announced total the caller reads one page at a time, after the guard's verdict on the last
                }

                if (previous is not null && (parallel == 1 || page == firstPage + 1))
                {
                    // Not ahead of time: the page before says whether this one exists. The first page is always awaited: a
                    // list of one page costs one request, and a list that announces its total has done so before any guess.
                    if (!await ContinuesAsync(previous).ConfigureAwait(false))
                    {
                        return;
                    }
                }
                else if (page > end.LastPage)
                {
                    return;
                }

                await requests.WaitAsync(stop).ConfigureAwait(false);
                if (page > end.LastPage)
                {
                    requests.Release(); // the end became known while this read waited for its turn
                    return;
                }

                previous = ReadOneAsync(readPage, page, requests, end, stop);
                writer.TryWrite(previous);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The caller stopped reading.
        }
        catch (Exception ex)
        {
            writer.TryWrite(Task.FromException<PageReadResult<T>>(ex));
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private static async Task<PageReadResult<T>> ReadOneAsync<T>(
        Func<int, CancellationToken, Task<PageReadResult<T>>> readPage, int page, SemaphoreSlim requests, KnownEnd end, CancellationToken stop)
    {
        try
        {
            var result = await readPage(page, stop).ConfigureAwait(false);
            if (result.Page.TotalCount is { } total && result.Page.PageSize > 0)
            {
                end.Announce(total, result.Page.PageSize);
            }

            if (!PagingGuard<T>.MayContinue(result))
            {
                end.Reached(page);
            }

            return result;
        }
        catch
        {
            end.Reached(page); // nothing past a failure is worth asking for
            throw;
        }
        finally
        {
            requests.Release();
        }
    }

    /// <summary>Whether the page before allows another; its failure is the caller's to meet, in its place.</summary>
    private static async Task<bool> ContinuesAsync<T>(Task<PageReadResult<T>> previous)
    {
        try
        {
            return PagingGuard<T>.MayContinue(await previous.ConfigureAwait(false));
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Waits for a read past the point where the caller stopped; its outcome no longer matters to anyone.</summary>
    private static async Task ObserveAsync<T>(Task<PageReadResult<T>> read)
    {
        try
        {
            await read.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A page past the end, past a failure or past the caller's stop: thrown away on purpose.
        }
    }

    /// <summary>What the pages read so far say of the end: the first page known to be the last, and the announced total.</summary>
    private sealed class KnownEnd
    {
        private int lastPage = int.MaxValue;
        private int announcedLastPage = int.MaxValue;

        /// <summary>The lowest page that said it is the last (or failed).</summary>
        public int LastPage => Volatile.Read(ref lastPage);

        /// <summary>The last page by <c>totalHits</c>; nothing past it is fetched ahead.</summary>
        public int AnnouncedLastPage => Volatile.Read(ref announcedLastPage);

        public void Reached(int page)
        {
            var seen = Volatile.Read(ref lastPage);
            while (page < seen && Interlocked.CompareExchange(ref lastPage, page, seen) != seen)
            {
                seen = Volatile.Read(ref lastPage);
            }
        }

        public void Announce(long total, int pageSize) =>
            Volatile.Write(ref announcedLastPage, (int)Math.Min(int.MaxValue, Math.Max(1, (total + pageSize - 1) / pageSize)));
    }
}
