namespace Totvs.Ecommerce.Sdk;

/// <summary>One page of a Datasul collection.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class Page<T>
{
    /// <summary>Creates a page (for tests and mocks; the SDK builds pages from the server's answers).</summary>
    /// <param name="items">The records of this page.</param>
    /// <param name="hasNext">Whether the server has more records after this page.</param>
    /// <param name="pageNumber">The 1-based number of this page.</param>
    /// <param name="pageSize">The page size asked for.</param>
    /// <param name="totalCount">The total the server reported, if it reported one.</param>
    /// <param name="skippedRecords">Invalid records left out of <paramref name="items"/> on the caller's choice.</param>
    public Page(IReadOnlyList<T> items, bool hasNext, int pageNumber, int pageSize, long? totalCount = null, IReadOnlyList<InvalidRecord>? skippedRecords = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        HasNext = hasNext;
        PageNumber = pageNumber;
        PageSize = pageSize;
        TotalCount = totalCount;
        SkippedRecords = skippedRecords ?? [];
    }

    /// <summary>The records of this page, in the server's order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Whether the server has more records after this page.</summary>
    public bool HasNext { get; }

    /// <summary>The 1-based number of this page.</summary>
    public int PageNumber { get; }

    /// <summary>The page size asked for.</summary>
    public int PageSize { get; }

    /// <summary>The total number of matching records, when the server reported it (<c>totalHits</c>).</summary>
    public long? TotalCount { get; }

    /// <summary>
    /// Records of this page that were invalid and left out because <see cref="EcommerceListOptions.OnInvalidRecord"/>
    /// chose <see cref="InvalidRecordAction.Skip"/>; empty otherwise.
    /// </summary>
    public IReadOnlyList<InvalidRecord> SkippedRecords { get; }

    /// <summary>
    /// What Datasul answered for this page: status, request id, <c>Retry-After</c>, headers, time;
    /// <see langword="null"/> for a page built by hand.
    /// </summary>
    public TotvsResponse? Response { get; init; }

    /// <summary>An empty last page (what a 404 on a list means).</summary>
    internal static Page<T> Empty(int pageNumber, int pageSize, TotvsResponse? response) => new([], false, pageNumber, pageSize, 0) { Response = response };

    /// <summary>This page with the answer it came from.</summary>
    internal Page<T> WithResponse(TotvsResponse response) => new(Items, HasNext, PageNumber, PageSize, TotalCount, SkippedRecords) { Response = response };
}
