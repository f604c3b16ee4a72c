using System.Text.Json.Serialization.Metadata;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The calls every e-commerce collection of Datasul shares (one page, all pages as a stream, one record
/// by key), so each resource client only says its route and record type.
/// </summary>
internal sealed class EcommerceCollection<T>(TotvsTransport transport, string route, JsonTypeInfo<T> itemType)
{
    public string Route => route;

    public Task<Page<T>> ListAsync(EcommerceListOptions? options, CancellationToken cancellationToken)
    {
        var (firstPage, pageSize) = ResolvePaging(options);
        return ReadPageAsync(options, firstPage, pageSize, cancellationToken);
    }

    public IAsyncEnumerable<T> ListAllAsync(EcommerceListOptions? options, CancellationToken cancellationToken)
    {
        var (firstPage, pageSize) = ResolvePaging(options);
        return PageStream.ReadAllAsync(
            (page, ct) => ReadPageAsync(options, page, pageSize, ct), firstPage, route, cancellationToken);
    }

    public Task<T> GetAsync(string key, string? storeCode, CancellationToken cancellationToken)
    {
        var query = new QueryStringBuilder().Add("storeCode", storeCode).ToString();
        return transport.GetAsync(route, key, query, itemType, cancellationToken);
    }

    private Task<Page<T>> ReadPageAsync(EcommerceListOptions? options, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = new QueryStringBuilder()
            .Add("storeCode", options?.StoreCode)
            .Add("lastUpdate", options?.ChangedSince is { } since ? transport.LastUpdate.Format(since) : null)
            .Add("page", page)
            .Add("pageSize", pageSize)
            .Add("fields", options?.Fields)
            .Add("order", options?.OrderBy)
            .ToString();
        return transport.GetPageAsync(route, query, page, pageSize, itemType, cancellationToken);
    }

    private (int FirstPage, int PageSize) ResolvePaging(EcommerceListOptions? options)
    {
        var page = options?.Page ?? 1;
        var pageSize = options?.PageSize ?? transport.DefaultPageSize;
        if (page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), page, "Page is 1-based: pass 1 or more (or leave it null for the first page).");
        }

        if (pageSize is < 1 or > TotvsEcommerceOptions.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(options), pageSize,
                $"PageSize must be between 1 and {TotvsEcommerceOptions.MaxPageSize} (or null for the configured default).");
        }

        return (page, pageSize);
    }
}
