namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The checks a stream applies, in page order, to each page it hands over: a server that serves the same page again or
/// more pages than it announced, an empty page that claims more, and the invalid record the caller chose to stop at.
/// </summary>
internal sealed class PagingGuard<T>(int firstPage, string path)
{
    private int? previousFingerprint;

    /// <summary>Whether another page may follow <paramref name="result"/>; a page of no records claiming more does not.</summary>
    public static bool MayContinue(PageReadResult<T> result) =>
        result.StoppedAt is null && result.Page.HasNext && result.Page.Items.Count + result.Page.SkippedRecords.Count > 0;

    /// <summary>Before a page is handed over: throws when the paging would never end.</summary>
    public void Check(PageReadResult<T> result)
    {
        var page = result.Page;
        var previous = previousFingerprint;
        previousFingerprint = result.Fingerprint;
        if (!page.HasNext)
        {
            return;
        }

        if (result.Fingerprint != 0 && result.Fingerprint == previous && page.Items.Count + page.SkippedRecords.Count > 0)
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

    /// <summary>
    /// After a page was handed over: whether the stream goes on. Throws for the invalid record the caller chose to stop at
    /// and for an empty page that claims more.
    /// </summary>
    public bool Continues(PageReadResult<T> result)
    {
        if (result.StoppedAt is not null)
        {
            throw new TotvsInvalidRecordException(result.StoppedAt);
        }

        var page = result.Page;
        if (!page.HasNext)
        {
            return false;
        }

        if (page.Items.Count + page.SkippedRecords.Count == 0)
        {
            throw new TotvsApiException(
                $"GET {path} answered page {page.PageNumber} with no records but hasNext=true; the SDK stops here instead of " +
                "looping forever. Check the server's paging (page, pageSize) for this Datasul release.",
                200, null, false, "GET", path, null);
        }

        return true;
    }
}
