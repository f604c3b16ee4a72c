using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// Publishes pages of Datasul's catalog to VTEX, as a connector's catalog pull hands them over: each record to the VTEX
/// id <see cref="VtexCatalogMappingOptions.IdOf"/> gives it — an update, or a create when VTEX has no such record — so a
/// page published twice (a crash before the checkpoint) changes nothing twice and creates nothing twice. Records of a page
/// go up to <see cref="MaxConcurrency"/> at once. Thread-safe.
/// </summary>
public sealed class VtexCatalogPublisher
{
    private readonly VtexClient vtex;

    /// <summary>Creates the publisher.</summary>
    /// <param name="vtex">The VTEX client.</param>
    /// <param name="options">The brand, weight unit, ids and warehouses; the defaults when <see langword="null"/>.</param>
    /// <param name="maxConcurrency">The most VTEX calls at once (VTEX's rate limit is per account: keep it modest).</param>
    public VtexCatalogPublisher(VtexClient vtex, VtexCatalogMappingOptions? options = null, int maxConcurrency = 8)
    {
        ArgumentNullException.ThrowIfNull(vtex);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        this.vtex = vtex;
        Options = options ?? new VtexCatalogMappingOptions();
        MaxConcurrency = maxConcurrency;
    }

    /// <summary>How records map.</summary>
    public VtexCatalogMappingOptions Options { get; }

    /// <summary>The most VTEX calls at once.</summary>
    public int MaxConcurrency { get; }

    /// <summary>
    /// Makes sure the brand every product is published under (<see cref="VtexCatalogMappingOptions.BrandId"/>) exists, creating
    /// it with <paramref name="name"/> when VTEX has none with that id. Call it once before the first products.
    /// </summary>
    /// <param name="name">The brand's name when it must be created (the company's, say).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the brand exists.</returns>
    /// <exception cref="VtexApiException">VTEX refused or did not answer.</exception>
    public async Task EnsureBrandAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (await vtex.Catalog.GetBrandAsync(Options.BrandId, cancellationToken).ConfigureAwait(false) is null)
        {
            try
            {
                await vtex.Catalog.CreateBrandAsync(new VtexBrand { Id = Options.BrandId, Name = name }, cancellationToken).ConfigureAwait(false);
            }
            catch (VtexApiException made) when (made.StatusCode == 409)
            {
                // Another replica made it meanwhile.
            }
        }
    }

    /// <summary>Publishes families as categories (an inactive family deactivates its category; one VTEX never had is not created).</summary>
    /// <param name="families">A page of families.</param>
    /// <param name="cancellationToken">Cancels the page (what was published stays; publishing the page again is safe).</param>
    /// <returns>A task that completes when every record of the page is in VTEX.</returns>
    /// <exception cref="VtexApiException">VTEX refused a record or did not answer: the page must be published again.</exception>
    public Task PublishAsync(IReadOnlyList<Family> families, CancellationToken cancellationToken = default) => EachAsync(families, (family, ct) =>
    {
        var id = Options.IdOf("category", family.Code);
        var category = VtexCatalogMapper.ToCategory(family, id);
        return UpsertAsync(
            () => vtex.Catalog.UpdateCategoryAsync(id, category, ct),
            () => family.IsActive == false ? Task.CompletedTask : vtex.Catalog.CreateCategoryAsync(category, ct));
    }, cancellationToken);

    /// <summary>Publishes items as products, each under its family's category (publish the families first).</summary>
    /// <param name="products">A page of items.</param>
    /// <param name="cancellationToken">Cancels the page.</param>
    /// <returns>A task that completes when every record of the page is in VTEX.</returns>
    /// <exception cref="VtexApiException">VTEX refused a record (e.g. its category is not there yet) or did not answer.</exception>
    public Task PublishAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken = default) => EachAsync(products, (item, ct) =>
    {
        var id = Options.IdOf("product", item.ItemCode.Value);
        var product = VtexCatalogMapper.ToProduct(item, Options.IdOf("category", item.FamilyCode ?? string.Empty), Options, id);
        return UpsertAsync(
            () => vtex.Catalog.UpdateProductAsync(id, product, ct),
            () => item.IsActive == false ? Task.CompletedTask : vtex.Catalog.CreateProductAsync(product, ct));
    }, cancellationToken);

    /// <summary>Publishes SKUs (one per item, or per reference), each under its item's product, with its GTIN as EAN and a reference as the grid's specification value.</summary>
    /// <param name="skus">A page of the SKUs resource.</param>
    /// <param name="cancellationToken">Cancels the page.</param>
    /// <returns>A task that completes when every record of the page is in VTEX.</returns>
    /// <exception cref="VtexApiException">VTEX refused a record (e.g. its product is not there yet) or did not answer.</exception>
    public Task PublishAsync(IReadOnlyList<Sku> skus, CancellationToken cancellationToken = default) => EachAsync(skus, async (sku, ct) =>
    {
        var id = Options.IdOf("sku", VtexCatalogMapper.RefIdOf(sku.ItemCode, sku.ReferenceCode));
        var productId = Options.IdOf("product", sku.ItemCode.Value);
        await UpsertAsync(
            () => vtex.Catalog.UpdateSkuAsync(id, VtexCatalogMapper.ToSku(sku, productId, Options, id), ct),
            async () =>
            {
                if (sku.IsActive == false)
                {
                    return;
                }

                await vtex.Catalog.CreateSkuAsync(VtexCatalogMapper.ToSku(sku, productId, Options) with { Id = id }, ct).ConfigureAwait(false);
                if (sku.Gtin is { } gtin)
                {
                    await vtex.Catalog.AddEanAsync(id, gtin.Value, ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        if (sku.IsActive != false && VtexCatalogMapper.ToSpecification(sku, Options) is { } specification)
        {
            await vtex.Catalog.SetSkuSpecificationAsync(id, specification, ct).ConfigureAwait(false); // the same value again changes nothing
        }
    }, cancellationToken);

    /// <summary>
    /// Publishes prices: each SKU's fixed prices for the trade policies of the tables in the page, keeping the policies of
    /// other tables VTEX already holds (a page holds one table's prices, or several).
    /// </summary>
    /// <param name="prices">A page of price items.</param>
    /// <param name="tables">The store's price tables with their trade policies (<c>client.PriceTables</c>).</param>
    /// <param name="cancellationToken">Cancels the page.</param>
    /// <returns>A task that completes when every SKU of the page is priced in VTEX.</returns>
    /// <exception cref="VtexApiException">VTEX refused (e.g. the SKU is not there yet) or did not answer.</exception>
    public Task PublishPricesAsync(IReadOnlyList<PriceItem> prices, IReadOnlyList<PriceTable> tables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(tables);
        var first = tables.Select(t => t.Code).Order(StringComparer.Ordinal).FirstOrDefault();
        return EachAsync(prices.GroupBy(p => VtexCatalogMapper.RefIdOf(p.ItemCode, p.ReferenceCode)).ToList(), async (sku, ct) =>
        {
            var id = Options.IdOf("sku", sku.Key);
            var mapped = VtexCatalogMapper.ToPrice(sku, tables);
            var current = await vtex.Pricing.GetPriceAsync(id, ct).ConfigureAwait(false);
            var policies = mapped.FixedPrices.Select(p => p.TradePolicyId).ToHashSet(StringComparer.Ordinal);
            await vtex.Pricing.SetPriceAsync(id, new VtexPrice
            {
                BasePrice = sku.Any(p => p.PriceTable == first) || current?.BasePrice is null ? mapped.BasePrice : current.BasePrice,
                FixedPrices = [.. (current?.FixedPrices ?? []).Where(p => !policies.Contains(p.TradePolicyId)), .. mapped.FixedPrices],
            }, ct).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Publishes available balances as the inventory of their depósitos' warehouses.</summary>
    /// <param name="balances">A page of balances.</param>
    /// <param name="cancellationToken">Cancels the page.</param>
    /// <returns>A task that completes when every balance of the page is in VTEX.</returns>
    /// <exception cref="VtexApiException">VTEX refused (an unknown warehouse or SKU) or did not answer.</exception>
    public Task PublishAsync(IReadOnlyList<StockBalance> balances, CancellationToken cancellationToken = default) => EachAsync(balances, (balance, ct) =>
        vtex.Logistics.SetInventoryAsync(Options.IdOf("sku", VtexCatalogMapper.RefIdOf(balance.ItemCode, balance.ReferenceCode)),
            Options.WarehouseIdOf(balance), VtexCatalogMapper.ToInventory(balance), ct), cancellationToken);

    private async Task EachAsync<T>(IReadOnlyList<T> records, Func<T, CancellationToken, Task> publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency, CancellationToken = cancellationToken },
            async (record, ct) => await publish(record, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>An update, or a create when VTEX has no such record; a create that finds it made meanwhile (another replica) updates.</summary>
    private static async Task UpsertAsync(Func<Task> update, Func<Task> create)
    {
        try
        {
            await update().ConfigureAwait(false);
        }
        catch (VtexApiException notThere) when (notThere.StatusCode == 404)
        {
            try
            {
                await create().ConfigureAwait(false);
            }
            catch (VtexApiException made) when (made.StatusCode == 409)
            {
                await update().ConfigureAwait(false);
            }
        }
    }
}
