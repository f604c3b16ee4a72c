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
            var (page, stoppedAt) = await readPage(pageNumber, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (stoppedAt is not null)
            {
                throw new TotvsInvalidRecordException(stoppedAt);
            }

            if (!page.HasNext)
            {
                yield break;
            }

            if (page.Items.Count == 0 && page.SkippedRecords.Count == 0)
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
