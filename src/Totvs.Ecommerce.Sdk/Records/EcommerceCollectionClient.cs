using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// The calls every e-commerce collection of Datasul has: one page, and every page as a lazy stream, with
/// the store, the incremental <c>lastUpdate</c> filter, fields and order. Each record is checked against
/// the ERP's rules; an invalid one goes to <see cref="EcommerceListOptions.OnInvalidRecord"/>.
/// Thread-safe.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TListOptions">The list options of the resource.</typeparam>
public abstract class EcommerceCollectionClient<TRecord, TListOptions>
    where TRecord : class
    where TListOptions : EcommerceListOptions
{
    private readonly EcommerceCollection<TRecord>? collection;

    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected EcommerceCollectionClient()
    {
    }

    private protected EcommerceCollectionClient(EcommerceCollection<TRecord> collection) => this.collection = collection;

    private EcommerceCollection<TRecord> Collection =>
        collection ?? throw new InvalidOperationException("This client was made for mocking: override the member you call.");

    /// <summary>Reads one page.</summary>
    /// <param name="options">Store, <c>lastUpdate</c>, page, page size, fields, order and invalid-record handling; all optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page (empty when nothing matches); invalid records the caller chose to skip are in <see cref="Page{T}.SkippedRecords"/>.</returns>
    /// <exception cref="TotvsInvalidRecordException">A record is invalid and the caller chose to stop (the default).</exception>
    /// <exception cref="TotvsApiException">Datasul refused the call or could not be reached.</exception>
    public virtual Task<Page<TRecord>> ListAsync(TListOptions? options = null, CancellationToken cancellationToken = default) =>
        Collection.ListAsync(options, cancellationToken);

    /// <summary>
    /// Streams every matching record, page by page: the next page is asked for only when you have read the
    /// current one, so memory stays constant however many records there are. <see cref="RecordStream{T}.AsPages"/>
    /// gives the pages instead, and resumes from a page.
    /// </summary>
    /// <param name="options">Store, <c>lastUpdate</c> (for an incremental sync), first page, page size, fields, order and invalid-record handling.</param>
    /// <param name="cancellationToken">Cancels the stream between or during pages.</param>
    /// <returns>The records, in the server's order.</returns>
    /// <exception cref="TotvsInvalidRecordException">A record is invalid and the caller chose to stop; the records before it were returned.</exception>
    /// <exception cref="TotvsApiException">Datasul refused a page or could not be reached.</exception>
    public virtual RecordStream<TRecord> ListAllAsync(TListOptions? options = null, CancellationToken cancellationToken = default) =>
        Collection.ListAllAsync(options, cancellationToken);

    private protected Task<TRecord> GetByKeyAsync(string key, string? storeCode, CancellationToken cancellationToken) =>
        Collection.GetAsync(key, storeCode, cancellationToken);
}
