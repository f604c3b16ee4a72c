using NodaTime;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// What every e-commerce list of Datasul accepts: the store, the incremental <c>lastUpdate</c> filter,
/// paging and the selection of fields and order.
/// </summary>
public abstract record EcommerceListOptions
{
    /// <summary>
    /// The store code in the Central de Configurações E-commerce (<c>storeCode</c>). Leave empty to let
    /// Datasul use its default store (legacy single-store releases only know store 1).
    /// </summary>
    public string? StoreCode { get; init; }

    /// <summary>
    /// Only records changed at or after this instant (<c>lastUpdate</c>). The SDK sends it as the ERP
    /// server's local time with milliseconds, in <see cref="TotvsEcommerceOptions.ServerTimeZone"/>.
    /// </summary>
    public Instant? ChangedSince { get; init; }

    /// <summary>The 1-based page to read (or to start streaming from).</summary>
    /// <value>Defaults to 1.</value>
    public int? Page { get; init; }

    /// <summary>Records per page.</summary>
    /// <value>Defaults to <see cref="TotvsEcommerceOptions.PageSize"/>.</value>
    public int? PageSize { get; init; }

    /// <summary>
    /// How many pages <c>ListAllAsync</c> fetches ahead while you process the current one, so a sync takes about the longer
    /// of fetching and processing instead of their sum. Memory holds at most this many pages (or <see cref="ParallelPages"/>,
    /// the larger) more than the one you read; records arrive in the same order, and an error or a cancellation surfaces
    /// where it belongs (after the records before it). 0 asks for the next page only when you have read the current one.
    /// </summary>
    /// <value>Defaults to 1; between 0 and <see cref="MaxPrefetchPages"/>.</value>
    public int PrefetchPages { get; init; } = 1;

    /// <summary>The most pages <see cref="PrefetchPages"/> takes: the ERP's capacity is the customer's, not the SDK's, to spend.</summary>
    public const int MaxPrefetchPages = 16;

    /// <summary>
    /// How many pages <c>ListAllAsync</c> asks Datasul for at once. Records still arrive in order, and memory holds at most
    /// <c>max(PrefetchPages, ParallelPages)</c> pages more than the one you read. With more than one, the first page is read
    /// alone, then the next pages are asked for before the ERP said they exist (catalog lists announce no total): the end
    /// of a stream may ask for up to <c>ParallelPages - 1</c> pages past it, which are thrown away; where a list announces
    /// <c>totalHits</c> (orders and customers with a total), nothing past it is asked for ahead of time.
    /// <see cref="OnInvalidRecord"/> may then be called for several pages at once, from other threads.
    /// </summary>
    /// <value>
    /// Defaults to 1: one request at a time, the next only once the ERP said there is more. Between 1 and
    /// <see cref="MaxParallelPages"/>; the ERP's capacity is the customer's to decide, so raise it knowingly.
    /// </value>
    public int ParallelPages { get; init; } = 1;

    /// <summary>The most requests <see cref="ParallelPages"/> takes.</summary>
    public const int MaxParallelPages = 16;

    /// <summary>
    /// Wire names of the fields to return (<c>fields=a,b</c>); empty for all. Fields left out keep their
    /// default value in the returned records.
    /// </summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Wire names to sort by (<c>order=a,-b</c>); prefix a name with <c>-</c> for descending.</summary>
    public IReadOnlyList<string>? OrderBy { get; init; }

    /// <summary>
    /// Decides what happens to a record that breaks the contract or the ERP's rules (invalid GTIN, price of
    /// zero, negative balance, missing required field, wrong type): return <see cref="InvalidRecordAction.Skip"/>
    /// to leave it out (log it here), or <see cref="InvalidRecordAction.Stop"/> to end the call with
    /// <see cref="TotvsInvalidRecordException"/>.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: stop at the first invalid record.</value>
    public Func<InvalidRecord, InvalidRecordAction>? OnInvalidRecord { get; init; }

    /// <summary>Adds the query parameters particular to a resource (beyond store, lastUpdate, paging, fields and order).</summary>
    internal virtual void AppendQuery(Http.QueryStringBuilder query)
    {
    }
}
