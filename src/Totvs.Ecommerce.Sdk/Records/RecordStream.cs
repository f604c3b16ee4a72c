using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Every matching record of a collection, read page by page as you go (<c>await foreach</c>): memory holds one page at a
/// time however many records there are. <see cref="AsPages"/> gives the pages themselves — to see each page's number,
/// total and <see cref="Page{T}.Response"/>, or to resume a long pull from the page where it stopped.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public class RecordStream<T> : IAsyncEnumerable<T>
{
    private readonly Func<int, CancellationToken, IAsyncEnumerable<Page<T>>>? readPages;
    private readonly int firstPage;
    private readonly CancellationToken cancellationToken;

    /// <summary>For mocking only: override <see cref="AsPages"/> (the records follow from it), or use <see cref="FromPages"/>.</summary>
    protected RecordStream()
    {
    }

    internal RecordStream(Func<int, CancellationToken, IAsyncEnumerable<Page<T>>> readPages, int firstPage, CancellationToken cancellationToken)
    {
        this.readPages = readPages;
        this.firstPage = firstPage;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>
    /// A stream over pages you have already (for a consumer's unit test, or a mock of a client's <c>ListAllAsync</c>).
    /// <see cref="AsPages"/> with a page number skips the pages before it.
    /// </summary>
    /// <param name="pages">The pages, in order; each one's <see cref="Page{T}.PageNumber"/> is what <see cref="AsPages"/> resumes from.</param>
    /// <returns>The stream.</returns>
    public static RecordStream<T> FromPages(IEnumerable<Page<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var list = pages.ToList();
        return new RecordStream<T>((from, _) => list.Where(p => p.PageNumber >= from).ToAsyncEnumerable(), list.Count == 0 ? 1 : list[0].PageNumber, default);
    }

    /// <summary>
    /// The pages of the stream, each asked for when you move past the previous one: to read <see cref="Page{T}.TotalCount"/>,
    /// <see cref="Page{T}.SkippedRecords"/> and <see cref="Page{T}.Response"/> per page, or to resume from a page.
    /// </summary>
    /// <param name="fromPage">The 1-based page to start at; the list options' <c>Page</c> (or 1) when <see langword="null"/>.</param>
    /// <returns>The pages, in order. An invalid record the caller chose to stop at ends the stream with
    /// <see cref="TotvsInvalidRecordException"/> after its page.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fromPage"/> is less than 1.</exception>
    public virtual IAsyncEnumerable<Page<T>> AsPages(int? fromPage = null)
    {
        if (fromPage is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fromPage), fromPage, "Pages are 1-based: pass 1 or more (or null to start where the options say).");
        }

        return Pages.Invoke(fromPage ?? firstPage, cancellationToken);
    }

    /// <inheritdoc />
    public virtual IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        PageStream.ReadRecordsAsync(AsPages(), this.cancellationToken).GetAsyncEnumerator(cancellationToken);

    private Func<int, CancellationToken, IAsyncEnumerable<Page<T>>> Pages =>
        readPages ?? throw new InvalidOperationException("This stream was made for mocking: override AsPages, or build it with RecordStream<T>.FromPages.");
}
