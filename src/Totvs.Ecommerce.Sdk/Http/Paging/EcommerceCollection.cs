using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The calls every e-commerce collection of Datasul shares (one page, all pages as a stream, one record
/// by key), with each record checked against its resource's rules. The JSON metadata of a resource is
/// built on its first call, so a client that uses two resources does not pay for ten.
/// </summary>
internal sealed class EcommerceCollection<T>(
    TotvsTransport transport,
    string route,
    RecordRules<T> rules)
    where T : class
{
    private JsonTypeInfo<T>? itemType;
    private JsonTypeInfo<PageEnvelope<T>>? pageType;

    // The options cache each type's metadata, so two threads racing here get the same instance.
    private JsonTypeInfo<T> ItemType => itemType ??= transport.ReadType<T>(typeof(T));

    private JsonTypeInfo<PageEnvelope<T>> PageType => pageType ??= transport.ReadType<PageEnvelope<T>>(typeof(T));

    public async Task<Page<T>> ListAsync(EcommerceListOptions? options, CancellationToken cancellationToken)
    {
        var (firstPage, pageSize) = ResolvePaging(options);
        var (page, stoppedAt, _) = await ReadPageAsync(options, firstPage, pageSize, cancellationToken).ConfigureAwait(false);
        return stoppedAt is null ? page : throw new TotvsInvalidRecordException(stoppedAt);
    }

    public RecordStream<T> ListAllAsync(EcommerceListOptions? options, CancellationToken cancellationToken)
    {
        var (firstPage, pageSize) = ResolvePaging(options);
        var prefetch = options?.PrefetchPages ?? 1;
        if (prefetch is < 0 or > EcommerceListOptions.MaxPrefetchPages)
        {
            throw new ArgumentOutOfRangeException(nameof(options), prefetch,
                $"PrefetchPages must be between 0 and {EcommerceListOptions.MaxPrefetchPages} (1 by default: the next page is fetched while you process this one).");
        }

        var parallel = options?.ParallelPages ?? 1;
        if (parallel is < 1 or > EcommerceListOptions.MaxParallelPages)
        {
            throw new ArgumentOutOfRangeException(nameof(options), parallel,
                $"ParallelPages must be between 1 and {EcommerceListOptions.MaxParallelPages} (1 by default: one request at a time).");
        }

        return new RecordStream<T>(
            (fromPage, ct) => prefetch == 0 && parallel == 1
                ? PageStream.ReadPagesAsync((page, c) => ReadPageAsync(options, page, pageSize, c), fromPage, route, ct)
                : PageReadAhead.ReadAsync((page, c) => ReadPageAsync(options, page, pageSize, c), fromPage, route, prefetch, parallel, ct),
            firstPage,
            cancellationToken);
    }

    public Task<T> GetAsync(string key, string? storeCode, CancellationToken cancellationToken)
    {
        var query = new QueryStringBuilder().Add("storeCode", storeCode).ToString();
        return transport.GetCheckedAsync(route, TotvsTransport.KeyPath(key), query, ItemType, rules, cancellationToken);
    }

    private async Task<PageReadResult<T>> ReadPageAsync(EcommerceListOptions? options, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = new QueryStringBuilder()
            .Add("storeCode", options?.StoreCode)
            .Add("lastUpdate", options?.ChangedSince is { } since ? transport.LastUpdate.Format(since) : null)
            .Add("page", page)
            .Add("pageSize", pageSize)
            .Add("fields", transport.TranslateFields(typeof(T), options?.Fields))
            .Add("order", transport.TranslateFields(typeof(T), options?.OrderBy));
        options?.AppendQuery(query);
        var (answer, isEmpty) = await transport.GetPageAsync(route, query.ToString(), cancellationToken).ConfigureAwait(false);
        using (answer)
        {
            var response = answer.ToResponse();
            if (isEmpty)
            {
                return new PageReadResult<T>(Page<T>.Empty(page, pageSize, response), null);
            }

            var request = new PageRequest(route, page, pageSize, options?.Fields, options?.OnInvalidRecord);
            try
            {
                var fingerprint = new HashCode();
                fingerprint.AddBytes(answer.Body.Span);
                var read = PageReader.Read(answer.Body.Span, ItemType, PageType, rules, request, cancellationToken);
                return read with { Page = read.Page.WithResponse(response), Fingerprint = fingerprint.ToHashCode() };
            }
            catch (JsonException ex)
            {
                throw TotvsExceptionFactory.FromUnreadableBody("GET", route, 200, $"a page of {typeof(T).Name}", ex);
            }
        }
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
