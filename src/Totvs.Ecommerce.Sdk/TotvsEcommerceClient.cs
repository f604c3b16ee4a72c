using System.ComponentModel;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.PurchaseOrders;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.RootSkus;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// The entry point to one Datasul server's e-commerce APIs, with one sub-client per resource.
/// Immutable and thread-safe: create one per application (with DI, <c>services.AddTotvsEcommerce(…)</c>
/// registers it as a singleton).
/// </summary>
public class TotvsEcommerceClient
{
    /// <summary>The name of the <see cref="HttpClient"/> the SDK registers with <c>IHttpClientFactory</c>.</summary>
    public const string HttpClientName = "Totvs.Ecommerce.Sdk";

    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected TotvsEcommerceClient()
    {
        Families = null!;
        Products = null!;
        Skus = null!;
        RootSkus = null!;
        PriceItems = null!;
        PriceTables = null!;
        StockBalances = null!;
        Orders = null!;
        Customers = null!;
        Invoices = null!;
        PurchaseOrders = null!;
        Transport = null;
    }

    /// <summary>The transport the sub-clients share: what the go-live check reads raw answers with; <see langword="null"/> for a mock.</summary>
    internal TotvsTransport? Transport { get; }

    /// <summary>
    /// Creates a client for applications without dependency injection, with the same pipeline
    /// <c>services.AddTotvsEcommerce(…)</c> builds: Datasul's time-outs and retries (<see cref="TotvsEcommerceOptions.Resilience"/>),
    /// the circuit breaker, redirects off, every body read under the size cap. Create one per application and keep it:
    /// it owns its connection pool.
    /// </summary>
    /// <param name="options">Where Datasul is, how to sign in, and the resilience settings; validated here.</param>
    /// <param name="timeProvider">The clock for time-outs, back-offs and token expiry; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="loggerFactory">Where the SDK logs (see docs/telemetry.md); nowhere by default.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">An option is missing or wrong; the message names each.</exception>
    public TotvsEcommerceClient(TotvsEcommerceOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(OwnPipeline(options, timeProvider ?? TimeProvider.System), options, timeProvider ?? TimeProvider.System, loggerFactory)
    {
    }

    /// <summary>
    /// Creates a client that sends through your own <see cref="HttpClient"/> and its handlers: the SDK adds no resilience
    /// here, so give it a handler that retries as you want (<see cref="TotvsResiliencePredicates"/> keeps Datasul's rules),
    /// or use the constructor without an HttpClient, which builds the SDK's.
    /// </summary>
    /// <param name="httpClient">The client to send with; the SDK builds absolute URIs, so its BaseAddress is ignored.</param>
    /// <param name="options">Where Datasul is and how to sign in; validated here.</param>
    /// <param name="timeProvider">The clock for token expiry; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="loggerFactory">Where the SDK logs (see docs/telemetry.md); nowhere by default.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">An option is missing or wrong; the message names each.</exception>
    public TotvsEcommerceClient(HttpClient httpClient, TotvsEcommerceOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(ValidateClient(httpClient), options, timeProvider ?? TimeProvider.System, loggerFactory)
    {
    }

    internal TotvsEcommerceClient(
        Func<HttpClient> httpClientSource, TotvsEcommerceOptions options, TimeProvider timeProvider, ILoggerFactory? loggerFactory,
        Func<TotvsAuthenticationOptions>? liveAuthentication = null, Diagnostics.TotvsMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        TotvsEcommerceOptionsValidator.ThrowIfInvalid(options);
        var logger = loggerFactory?.CreateLogger(Diagnostics.TotvsTelemetry.Name) ?? NullLogger.Instance;
        var transport = new TotvsTransport(httpClientSource, options, timeProvider, logger, liveAuthentication, metrics);
        Transport = transport;
        Families = new FamiliesClient(transport);
        Products = new ProductsClient(transport);
        Skus = new SkusClient(transport);
        RootSkus = new RootSkusClient(transport);
        PriceItems = new PriceItemsClient(transport);
        PriceTables = new PriceTablesClient(transport);
        StockBalances = new StockBalancesClient(transport);
        Orders = new OrdersClient(transport);
        Customers = new CustomersClient(transport);
        Invoices = new InvoicesClient(transport);
        PurchaseOrders = new PurchaseOrdersClient(transport);
    }

    /// <summary>apiBusinessFamilyPublic: families (categories) published to the store.</summary>
    public virtual FamiliesClient Families { get; }

    /// <summary>apiProductPublic: items published to the store.</summary>
    public virtual ProductsClient Products { get; }

    /// <summary>apiProductSkuPublic: SKUs of a company in reference mode.</summary>
    public virtual SkusClient Skus { get; }

    /// <summary>apiProductRootSkuPublic: roots and SKUs of a company in Root/SKU mode.</summary>
    public virtual RootSkusClient RootSkus { get; }

    /// <summary>priceItemPublic: item prices of the store's price tables.</summary>
    public virtual PriceItemsClient PriceItems { get; }

    /// <summary>priceTablePublic: the price tables linked to the store.</summary>
    public virtual PriceTablesClient PriceTables { get; }

    /// <summary>stockBalancePublic: available balances of the store's deposits.</summary>
    public virtual StockBalancesClient StockBalances { get; }

    /// <summary>apiOrdersPublic: sales orders into the ERP (exactly-once creation), their status back.</summary>
    public virtual OrdersClient Orders { get; }

    /// <summary>apiCustomerPublic: the store's customers in the ERP.</summary>
    public virtual CustomersClient Customers { get; }

    /// <summary>apiInvoicePublic: invoices (NF-e) issued for the store's orders.</summary>
    public virtual InvoicesClient Invoices { get; }

    /// <summary>Purchase orders and their lines (<c>ccp</c>), read-only: what a partner that buys through the ERP imports.</summary>
    public virtual PurchaseOrdersClient PurchaseOrders { get; }

    private static Func<HttpClient> OwnPipeline(TotvsEcommerceOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        TotvsEcommerceOptionsValidator.ThrowIfInvalid(options);

        // Outermost to innermost, as with DI: resilience, the body reader (inside each attempt's time-out), the socket.
        var resilience = TotvsResilience.CreateHandler(options.Resilience, timeProvider);
        resilience.InnerHandler = new TotvsBodyHandler(BodyLimits.From(options, timeProvider))
        {
            InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };
        var httpClient = new HttpClient(resilience) { Timeout = Timeout.InfiniteTimeSpan };
        return () => httpClient;
    }

    private static Func<HttpClient> ValidateClient(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        return () => httpClient;
    }
}
