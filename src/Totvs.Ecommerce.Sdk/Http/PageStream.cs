using System.Runtime.CompilerServices;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Streams every record of a collection page by page: the next page is asked for only when the caller
/// has read the last record of the current one, so memory holds one page at a time.
/// </summary>
internal static class PageStream
{
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        Func<int, CancellationToken, Task<PageReadResult<T>>> readPage,
        int firstPage,
        string path,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageNumber = firstPage;
        while (true)
        {
            var (hasNext, returned, skipped, stoppedAt) = (false, 0, 0, (InvalidRecord?)null);
            {
                var (page, invalid) = await readPage(pageNumber, cancellationToken);
                (hasNext, returned, skipped, stoppedAt) = (page.HasNext, page.Items.Count, page.SkippedRecords.Count, invalid);

                // The page is the stream's own: each record is let go once handed over, so a collection while the
                // caller works through a big page does not keep (and promote) the records already read.
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
}
