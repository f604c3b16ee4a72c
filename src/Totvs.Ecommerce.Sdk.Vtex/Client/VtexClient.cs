namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// A typed client of the VTEX endpoints a Datasul connector calls: <see cref="Catalog"/> (categories, products, SKUs),
/// <see cref="Pricing"/> (prices per trade policy), <see cref="Logistics"/> (stock per warehouse) and <see cref="Orders"/>
/// (the feed, an order, start handling, invoice, cancellation). Written from VTEX's public OpenAPI descriptions
/// (<c>vtex/openapi-schemas</c>). Signs every request with the app key and token. Thread-safe; share one.
/// </summary>
/// <remarks>
/// Resilience (retries after 429 with VTEX's <c>Retry-After</c>, time-outs, a circuit breaker) belongs to the
/// <see cref="HttpClient"/>: <c>services.AddVtexClient(…)</c> builds one with the standard resilience handler. A failure is
/// a <see cref="VtexApiException"/>, never an empty answer; a read of something VTEX does not have is <see langword="null"/>.
/// </remarks>
public sealed class VtexClient
{
    /// <summary>Creates the client.</summary>
    /// <param name="httpClient">The HTTP client to send with (its handlers are your resilience pipeline).</param>
    /// <param name="options">The account and credentials.</param>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message names each.</exception>
    public VtexClient(HttpClient httpClient, VtexClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var transport = new VtexTransport(httpClient, options);
        Catalog = new VtexCatalogClient(transport);
        Pricing = new VtexPricingClient(transport);
        Logistics = new VtexLogisticsClient(transport);
        Orders = new VtexOrdersClient(transport);
    }

    /// <summary>Categories, products and SKUs.</summary>
    public VtexCatalogClient Catalog { get; }

    /// <summary>Prices per trade policy.</summary>
    public VtexPricingClient Pricing { get; }

    /// <summary>Stock per warehouse.</summary>
    public VtexLogisticsClient Logistics { get; }

    /// <summary>The order feed, orders, invoices and cancellations.</summary>
    public VtexOrdersClient Orders { get; }
}
