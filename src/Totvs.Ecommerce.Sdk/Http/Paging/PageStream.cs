using System.Runtime.CompilerServices;

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
        var guard = new PagingGuard<T>(firstPage, path);
        for (var pageNumber = firstPage; ; pageNumber++)
        {
            var result = await readPage(pageNumber, cancellationToken).ConfigureAwait(false);
            guard.Check(result);
            yield return result.Page;
            if (!guard.Continues(result))
            {
                yield break;
            }
        }
    }

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
}
