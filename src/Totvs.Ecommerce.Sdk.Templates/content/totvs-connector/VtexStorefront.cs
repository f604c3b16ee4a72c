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
/// through <see cref="VtexCatalogPublisher"/> (families → categories, items → products, the item or each reference → SKUs,
/// prices per trade policy, stock per warehouse, each under an id derived from its Datasul code, so a crash repeats work
/// but never doubles a record); orders come from VTEX's feed; invoices and cancellations go back. See docs/vtex.md.
/// </summary>
public sealed partial class VtexStorefront(
    VtexClient vtex, TotvsEcommerceClient erp, IOptions<ConnectorOptions> options, TimeProvider timeProvider, ILogger<VtexStorefront> logger) : IStorefront
{
    private readonly VtexCatalogPublisher catalog = new(vtex, new VtexCatalogMappingOptions { BrandId = options.Value.VtexBrandId }, options.Value.StoreConcurrency);
    private readonly VtexMappingOptions orders = new() { StoreCode = options.Value.StoreCode };
    private readonly ConcurrentQueue<string> handled = new();
    private (Instant Until, IReadOnlyList<PriceTable> Tables)? priceTables;
    private volatile bool brandChecked;

    /// <summary>The SKUs resource is pulled too: it publishes the SKU of each item and of each reference.</summary>
    public bool WantsSkus => true;

    public async Task PublishAsync<T>(string kind, IReadOnlyList<T> records, CancellationToken cancellationToken)
    {
        await (records switch
        {
            IReadOnlyList<Family> families => catalog.PublishAsync(families, cancellationToken),
            IReadOnlyList<Product> products => PublishProductsAsync(products, cancellationToken),
            IReadOnlyList<Sku> skus => catalog.PublishAsync(skus, cancellationToken),
            IReadOnlyList<PriceItem> prices => catalog.PublishPricesAsync(prices, await PriceTablesAsync(cancellationToken), cancellationToken),
            IReadOnlyList<StockBalance> balances => catalog.PublishAsync(balances, cancellationToken),
            _ => throw new NotSupportedException($"The VTEX store does not publish {kind}."),
        });
        LogPublished(logger, records.Count, kind);
    }

    /// <summary>Products, under the brand the connector publishes with (made the first time if VTEX lacks it).</summary>
    private async Task PublishProductsAsync(IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        if (!brandChecked)
        {
            await catalog.EnsureBrandAsync(options.Value.VtexBrandName, cancellationToken);
            brandChecked = true;
        }

        await catalog.PublishAsync(products, cancellationToken);
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
