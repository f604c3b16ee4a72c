using NodaTime;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;

namespace Totvs.Ecommerce.Sdk.Preflight;

/// <summary>What a store publishes, read whole for the preflight, with the records the SDK could not read.</summary>
internal sealed record PreflightCatalog(
    IReadOnlyList<Family> Families, IReadOnlyList<Product> Products, IReadOnlyList<Sku> Skus, IReadOnlyList<PriceItem> Prices,
    IReadOnlyList<PriceTable> PriceTables, IReadOnlyList<StockBalance> Balances, IReadOnlyList<InvalidRecord> Unreadable)
{
    public static async Task<PreflightCatalog> ReadAsync(TotvsEcommerceClient client, string store, CancellationToken cancellationToken)
    {
        var unreadable = new List<InvalidRecord>();
        Func<InvalidRecord, InvalidRecordAction> skip = record =>
        {
            unreadable.Add(record);
            return InvalidRecordAction.Skip;
        };

        // Families first: a wrong connection, store or integration switch fails here, before anything else is read.
        var families = await AllAsync(client.Families, new FamilyListOptions { StoreCode = store, OnInvalidRecord = skip }, cancellationToken).ConfigureAwait(false);
        var products = await AllAsync(client.Products, new ProductListOptions { StoreCode = store, OnInvalidRecord = skip }, cancellationToken).ConfigureAwait(false);
        var skus = await AllAsync(client.Skus, new SkuListOptions { StoreCode = store, OnInvalidRecord = skip }, cancellationToken).ConfigureAwait(false);
        var prices = await AllAsync(client.PriceItems, new PriceItemListOptions { StoreCode = store, OnInvalidRecord = skip }, cancellationToken).ConfigureAwait(false);
        var tables = await AllAsync(client.PriceTables, new PriceTableListOptions { StoreCode = store, OnInvalidRecord = skip }, cancellationToken).ConfigureAwait(false);
        var balances = await AllAsync(client.StockBalances, new StockBalanceListOptions { StoreCode = store, OnInvalidRecord = skip }, cancellationToken).ConfigureAwait(false);
        return new PreflightCatalog(families, products, skus, prices, tables, balances, unreadable);
    }

    /// <summary>Every <c>lastUpdate</c> the store publishes.</summary>
    public IEnumerable<Instant> LastUpdates() =>
        Families.Select(f => f.LastUpdate).Concat(Products.Select(p => p.LastUpdate)).Concat(Skus.Select(s => s.LastUpdate))
            .Concat(Prices.Select(p => p.LastUpdate)).Concat(Balances.Select(b => b.LastUpdate)).OfType<Instant>();

    private static async Task<IReadOnlyList<TRecord>> AllAsync<TRecord, TOptions>(
        EcommerceCollectionClient<TRecord, TOptions> source, TOptions options, CancellationToken cancellationToken)
        where TRecord : class
        where TOptions : EcommerceListOptions
    {
        var records = new List<TRecord>();
        await foreach (var record in source.ListAllAsync(options, cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records;
    }
}
