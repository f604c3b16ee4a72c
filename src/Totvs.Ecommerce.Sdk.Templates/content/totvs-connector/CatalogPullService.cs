using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Sync;

namespace TotvsConnector;

/// <summary>
/// Pulls what changed in the catalog the ERP publishes to the store — families, items, prices, stock — and publishes it.
/// Each pull keeps a checkpoint and a lease in the state store: a crash resumes at the page it stopped on, and two
/// replicas never pull the same resource at once.
/// </summary>
public sealed class CatalogPullService(
    TotvsEcommerceClient erp, ISyncCheckpointStore checkpoints, ISyncLeaseStore leases, IStorefront store, IOptions<ConnectorOptions> options,
    ConnectorReplica replica, ConnectorCycle cycle, TimeProvider timeProvider, ILogger<CatalogPullService> logger)
    : ConnectorService(cycle, timeProvider)
{
    // The next page is fetched while this one is published: a pull takes about the longer of the two, not their sum.
    private readonly IncrementalPull pull = new(checkpoints, new IncrementalPullOptions
    {
        Leases = leases, LeaseDuration = options.Value.TakeOverAfter, Holder = replica.Name, Logger = logger, TimeProvider = timeProvider,
        PrefetchNextPage = true,
    });

    protected override string Name => "catalog";

    protected override TimeSpan Interval => options.Value.CatalogInterval;

    protected override bool RunOnce => options.Value.RunOnce;

    protected override async Task<string> RunCycleAsync(CancellationToken cancellationToken)
    {
        var code = options.Value.StoreCode;
        var families = await pull.RunAsync($"families-{code}", erp.Families, new FamilyListOptions { StoreCode = code, PageSize = 100 },
            (page, ct) => store.PublishAsync("families", page, ct), cancellationToken: cancellationToken);
        var products = await pull.RunAsync($"products-{code}", erp.Products, new ProductListOptions { StoreCode = code, PageSize = 100 },
            (page, ct) => store.PublishAsync("products", page, ct), cancellationToken: cancellationToken);
        var skus = store.WantsSkus
            ? await pull.RunAsync($"skus-{code}", erp.Skus, new SkuListOptions { StoreCode = code, PageSize = 100 },
                (page, ct) => store.PublishAsync("skus", page, ct), cancellationToken: cancellationToken)
            : null;
        var prices = await pull.RunAsync($"prices-{code}", erp.PriceItems, new PriceItemListOptions { StoreCode = code, PageSize = 500 },
            (page, ct) => store.PublishAsync("prices", page, ct), cancellationToken: cancellationToken);
        var stock = await pull.RunAsync($"stock-{code}", erp.StockBalances, new StockBalanceListOptions { StoreCode = code, PageSize = 500 },
            (page, ct) => store.PublishAsync("stock balances", page, ct), cancellationToken: cancellationToken);
        return $"{families.Records} families, {products.Records} products, {(skus is null ? string.Empty : $"{skus.Records} skus, ")}{prices.Records} prices, {stock.Records} stock balances";
    }
}
