using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NodaTime;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Vtex;

namespace TotvsConnector;

/// <summary>
/// A VTEX store (<c>Connector:Storefront = Vtex</c>, the <c>Vtex</c> section): the catalog Datasul publishes becomes VTEX's
/// (families → categories, items → products, the item or each reference → SKUs, prices per trade policy, stock per
/// warehouse), orders come from VTEX's feed, and invoices and cancellations go back. Every VTEX record has an id derived
/// from its Datasul code (<see cref="VtexCatalogMappingOptions.IdOf"/>): publishing is an update, or a create when VTEX has
/// no such record, so a crash between two calls repeats work but never doubles a record. See docs/vtex.md.
/// </summary>
public sealed partial class VtexStorefront(
    VtexClient vtex, TotvsEcommerceClient erp, IOptions<ConnectorOptions> options, TimeProvider timeProvider, ILogger<VtexStorefront> logger) : IStorefront
{
    private readonly VtexCatalogMappingOptions catalog = new() { BrandId = options.Value.VtexBrandId };
    private readonly VtexMappingOptions orders = new() { StoreCode = options.Value.StoreCode };
    private readonly ConcurrentQueue<string> handled = new();
    private (Instant Until, IReadOnlyList<PriceTable> Tables)? priceTables;

    /// <summary>The SKUs resource is pulled too: it publishes the SKU of each item and of each reference.</summary>
    public bool WantsSkus => true;

    public async Task PublishAsync<T>(string kind, IReadOnlyList<T> records, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.StoreConcurrency, CancellationToken = cancellationToken };
        switch (records)
        {
            case IReadOnlyList<Family> families:
                await Parallel.ForEachAsync(families, parallel, PublishFamilyAsync);
                break;
            case IReadOnlyList<Product> products:
                await Parallel.ForEachAsync(products, parallel, PublishProductAsync);
                break;
            case IReadOnlyList<Sku> skus:
                await Parallel.ForEachAsync(skus, parallel, PublishSkuAsync);
                break;
            case IReadOnlyList<PriceItem> prices:
                var tables = await PriceTablesAsync(cancellationToken);
                await Parallel.ForEachAsync(prices.GroupBy(p => VtexCatalogMapper.RefIdOf(p.ItemCode, p.ReferenceCode)), parallel,
                    (sku, ct) => PublishPriceAsync(sku.Key, [.. sku], tables, ct));
                break;
            case IReadOnlyList<StockBalance> balances:
                await Parallel.ForEachAsync(balances, parallel, PublishStockAsync);
                break;
            default:
                throw new NotSupportedException($"The VTEX store does not publish {kind}.");
        }

        LogPublished(logger, records.Count, kind);
    }

    private async ValueTask PublishFamilyAsync(Family family, CancellationToken cancellationToken)
    {
        var id = catalog.IdOf("category", family.Code);
        var category = VtexCatalogMapper.ToCategory(family, id);
        await UpsertAsync(
            () => vtex.Catalog.UpdateCategoryAsync(id, category, cancellationToken),
            () => family.IsActive == false ? Task.CompletedTask : vtex.Catalog.CreateCategoryAsync(category, cancellationToken));
    }

    private async ValueTask PublishProductAsync(Product item, CancellationToken cancellationToken)
    {
        var id = catalog.IdOf("product", item.ItemCode.Value);
        var product = VtexCatalogMapper.ToProduct(item, catalog.IdOf("category", item.FamilyCode ?? string.Empty), catalog, id);
        await UpsertAsync(
            () => vtex.Catalog.UpdateProductAsync(id, product, cancellationToken),
            () => item.IsActive == false ? Task.CompletedTask : vtex.Catalog.CreateProductAsync(product, cancellationToken)); // a tombstone of nothing published: nothing to do
    }

    private async ValueTask PublishSkuAsync(Sku sku, CancellationToken cancellationToken)
    {
        var refId = VtexCatalogMapper.RefIdOf(sku.ItemCode, sku.ReferenceCode);
        var id = catalog.IdOf("sku", refId);
        var productId = catalog.IdOf("product", sku.ItemCode.Value);
        await UpsertAsync(
            () => vtex.Catalog.UpdateSkuAsync(id, VtexCatalogMapper.ToSku(sku, productId, catalog, id), cancellationToken),
            async () =>
            {
                if (sku.IsActive == false)
                {
                    return;
                }

                await vtex.Catalog.CreateSkuAsync(VtexCatalogMapper.ToSku(sku, productId, catalog) with { Id = id }, cancellationToken);
                if (sku.Gtin is { } gtin)
                {
                    await vtex.Catalog.AddEanAsync(id, gtin.Value, cancellationToken);
                }
            });
    }

    /// <summary>Sets the fixed prices of this SKU's tables' trade policies, keeping the others' (another table may price other policies).</summary>
    private async ValueTask PublishPriceAsync(string refId, IReadOnlyList<PriceItem> prices, IReadOnlyList<PriceTable> tables, CancellationToken cancellationToken)
    {
        var id = catalog.IdOf("sku", refId);
        var mapped = VtexCatalogMapper.ToPrice(prices, tables);
        var current = await vtex.Pricing.GetPriceAsync(id, cancellationToken);
        var policies = mapped.FixedPrices.Select(p => p.TradePolicyId).ToHashSet(StringComparer.Ordinal);
        var kept = (current?.FixedPrices ?? []).Where(p => !policies.Contains(p.TradePolicyId));
        var first = tables.Select(t => t.Code).Order(StringComparer.Ordinal).FirstOrDefault();
        await vtex.Pricing.SetPriceAsync(id, new VtexPrice
        {
            BasePrice = prices.Any(p => p.PriceTable == first) || current?.BasePrice is null ? mapped.BasePrice : current.BasePrice,
            FixedPrices = [.. kept, .. mapped.FixedPrices],
        }, cancellationToken);
    }

    private async ValueTask PublishStockAsync(StockBalance balance, CancellationToken cancellationToken) =>
        await vtex.Logistics.SetInventoryAsync(catalog.IdOf("sku", VtexCatalogMapper.RefIdOf(balance.ItemCode, balance.ReferenceCode)),
            catalog.WarehouseIdOf(balance), VtexCatalogMapper.ToInventory(balance), cancellationToken);

    /// <summary>An update, or a create when VTEX has no such record; a create that finds it made meanwhile (another replica) updates.</summary>
    private static async Task UpsertAsync(Func<Task> update, Func<Task> create)
    {
        try
        {
            await update();
        }
        catch (VtexApiException notThere) when (notThere.StatusCode == 404)
        {
            try
            {
                await create();
            }
            catch (VtexApiException made) when (made.StatusCode == 409)
            {
                await update();
            }
        }
    }

    private async Task<IReadOnlyList<PriceTable>> PriceTablesAsync(CancellationToken cancellationToken)
    {
        var now = Instant.FromDateTimeOffset(timeProvider.GetUtcNow());
        if (priceTables is { } cached && cached.Until > now)
        {
            return cached.Tables;
        }

        var tables = new List<PriceTable>();
        await foreach (var table in erp.PriceTables.ListAllAsync(new PriceTableListOptions { StoreCode = options.Value.StoreCode }, cancellationToken))
        {
            tables.Add(table);
        }

        priceTables = (now + Duration.FromMinutes(1), tables);
        return tables;
    }

    /// <summary>
    /// The orders VTEX put on its feed as ready for handling. The events read the time before are committed first: by now
    /// the order intake has written their orders to its ledger, so a crash never loses one (an uncommitted event comes back).
    /// </summary>
    public async Task<IReadOnlyList<string>> NewOrderIdsAsync(CancellationToken cancellationToken)
    {
        var done = new List<string>();
        while (handled.TryDequeue(out var handle))
        {
            done.Add(handle);
        }

        await vtex.Orders.CommitFeedAsync(done, cancellationToken);
        var ids = new List<string>();
        for (var lot = 0; lot < 10; lot++)
        {
            var events = await vtex.Orders.ReadFeedAsync(10, cancellationToken);
            if (events.Count == 0)
            {
                break;
            }

            ids.AddRange(events.Where(e => e.State == "ready-for-handling").Select(e => e.OrderId));
            var others = events.Where(e => e.State != "ready-for-handling").Select(e => e.Handle).ToList();
            await vtex.Orders.CommitFeedAsync(others, cancellationToken); // the connector's own moves (handling, invoiced, canceled)
            foreach (var e in events.Where(e => e.State == "ready-for-handling"))
            {
                handled.Enqueue(e.Handle);
            }

            if (events.Count < 10 || events.All(e => e.State == "ready-for-handling"))
            {
                break; // uncommitted events come back on the next read: stop at this lot
            }
        }

        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    public async Task<Order> GetOrderAsync(string storeOrderId, CancellationToken cancellationToken)
    {
        var order = await vtex.Orders.GetOrderAsync(storeOrderId, cancellationToken)
            ?? throw new InvalidOperationException($"VTEX has no order {storeOrderId}: it was on its feed; check the account.");
        var today = Instant.FromDateTimeOffset(timeProvider.GetUtcNow()).InZone(DateTimeZoneProviders.Tzdb[TotvsEcommerceOptions.DefaultServerTimeZone]).Date;
        return VtexOrderMapper.ToDatasulOrder(order, orders, today);
    }

    /// <summary>The ERP took the order: VTEX starts handling it (an order already in handling stays so).</summary>
    public async Task OrderAcceptedAsync(string storeOrderId, Order erpOrder, CancellationToken cancellationToken)
    {
        try
        {
            await vtex.Orders.StartHandlingAsync(storeOrderId, cancellationToken);
        }
        catch (VtexApiException conflict) when (conflict.StatusCode == 409)
        {
            // Already handling (a retry after a crash), or further along: nothing to do.
        }
    }

    /// <summary>The NF-e to VTEX (the order becomes invoiced); a cancelled NF-e as its return (an <c>Input</c> invoice).</summary>
    public async Task NotifyInvoiceAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(invoice.EcommerceOrderId))
        {
            return; // not a store order
        }

        var notification = VtexInvoiceMapper.ToNotification(invoice);
        if (invoice.Status == InvoiceStatus.Cancelled)
        {
            notification = notification with { Type = "Input" };
        }

        await vtex.Orders.NotifyInvoiceAsync(invoice.EcommerceOrderId, notification, cancellationToken);
    }

    /// <summary>An order cancelled in the ERP is cancelled in VTEX, with the ERP's reason.</summary>
    public async Task NotifyCancellationAsync(Order erpOrder, CancellationToken cancellationToken)
    {
        if (VtexCancellationMapper.ToCancellation(erpOrder) is { } cancellation)
        {
            await vtex.Orders.CancelAsync(cancellation, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "VTEX: published {Count} {Kind}")]
    private static partial void LogPublished(ILogger logger, int count, string kind);
}
