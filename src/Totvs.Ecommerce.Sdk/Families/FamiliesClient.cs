using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Families;

/// <summary>
/// apiBusinessFamilyPublic: the families (categories) Datasul publishes to a store. Thread-safe; get it
/// from <see cref="TotvsEcommerceClient.Families"/>.
/// </summary>
public class FamiliesClient
{
    private readonly EcommerceCollection<Family> collection = null!;

    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected FamiliesClient()
    {
    }

    internal FamiliesClient(TotvsTransport transport) =>
        collection = new EcommerceCollection<Family>(transport, transport.Routes.Families, transport.Json.Family);

    /// <summary>Reads one page of families.</summary>
    /// <param name="options">Store, <c>lastUpdate</c>, page, page size, fields and order; all optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, empty when nothing matches.</returns>
    /// <exception cref="TotvsApiException">Datasul refused the call or could not be reached.</exception>
    public virtual Task<Page<Family>> ListAsync(FamilyListOptions? options = null, CancellationToken cancellationToken = default) =>
        collection.ListAsync(options, cancellationToken);

    /// <summary>
    /// Streams every family that matches, page by page: the next page is asked for only when you have read
    /// the current one, so memory stays constant however many there are.
    /// </summary>
    /// <param name="options">Store, <c>lastUpdate</c> (for an incremental sync), first page, page size, fields and order.</param>
    /// <param name="cancellationToken">Cancels the stream between or during pages.</param>
    /// <returns>The families, in the server's order.</returns>
    /// <exception cref="TotvsApiException">Datasul refused a page or could not be reached.</exception>
    public virtual IAsyncEnumerable<Family> ListAllAsync(FamilyListOptions? options = null, CancellationToken cancellationToken = default) =>
        collection.ListAllAsync(options, cancellationToken);

    /// <summary>Reads one family by its code.</summary>
    /// <param name="code">The family code (<c>categoryParentCode</c>).</param>
    /// <param name="storeCode">The store, or <see langword="null"/> for Datasul's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The family.</returns>
    /// <exception cref="TotvsApiException">Not found (<see cref="TotvsApiException.IsNotFound"/>), refused, or unreachable.</exception>
    public virtual Task<Family> GetAsync(string code, string? storeCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return collection.GetAsync(code, storeCode, cancellationToken);
    }
}
