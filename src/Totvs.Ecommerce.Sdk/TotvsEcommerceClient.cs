using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Prices;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.Stock;

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
        Prices = null!;
        PriceTables = null!;
        Stock = null!;
        Orders = null!;
        Customers = null!;
        Invoices = null!;
    }

    /// <summary>
    /// Creates a client that sends through your own <see cref="HttpClient"/>, for applications without
    /// dependency injection. The SDK adds no resilience of its own here: give it an HttpClient whose
    /// handler retries as you want, or use <c>services.AddTotvsEcommerce(…)</c>, which does.
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

    internal TotvsEcommerceClient(Func<HttpClient> httpClientSource, TotvsEcommerceOptions options, TimeProvider timeProvider, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        TotvsEcommerceOptionsValidator.ThrowIfInvalid(options);
        var logger = loggerFactory?.CreateLogger(Diagnostics.TotvsTelemetry.Name) ?? NullLogger.Instance;
        var transport = new TotvsTransport(httpClientSource, options, timeProvider, logger);
        Families = new FamiliesClient(transport);
        Products = new ProductsClient(transport);
        Skus = new SkusClient(transport);
        RootSkus = new RootSkusClient(transport);
        Prices = new PriceItemsClient(transport);
        PriceTables = new PriceTablesClient(transport);
        Stock = new StockClient(transport);
        Orders = new OrdersClient(transport);
        Customers = new CustomersClient(transport);
        Invoices = new InvoicesClient(transport);
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
    public virtual PriceItemsClient Prices { get; }

    /// <summary>priceTablePublic: the price tables linked to the store.</summary>
    public virtual PriceTablesClient PriceTables { get; }

    /// <summary>stockBalancePublic: available balances of the store's deposits.</summary>
    public virtual StockClient Stock { get; }

    /// <summary>apiOrdersPublic: sales orders into the ERP (exactly-once creation), their status back.</summary>
    public virtual OrdersClient Orders { get; }

    /// <summary>apiCustomerPublic: the store's customers in the ERP.</summary>
    public virtual CustomersClient Customers { get; }

    /// <summary>apiInvoicePublic: invoices (NF-e) issued for the store's orders.</summary>
    public virtual InvoicesClient Invoices { get; }

    private static Func<HttpClient> ValidateClient(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        return () => httpClient;
    }
}
