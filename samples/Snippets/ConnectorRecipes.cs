using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.PostgreSql;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Samples.Snippets;

/// <summary>The snippets of docs/connector-recipes.md.</summary>
public static class ConnectorRecipes
{
    public static async Task SyncStockAsync(TotvsEcommerceClient client, Func<StockBalance, Task> upsertInStore)
    {
        // snippet: incremental-stock
        var state = new SqliteSyncStore("./state/connector.db"); // created and migrated on first use
        var pull = new IncrementalPull(state);
        var run = await pull.RunAsync("stock-store-1", client.StockBalances, new StockBalanceListOptions { StoreCode = "1", PageSize = 500 },
            async (page, ct) =>
            {
                foreach (var balance in page)
                {
                    await upsertInStore(balance);
                }
            });
        Console.WriteLine($"{run.Records} balance(s); next run from {run.Watermark}");
        // end-snippet
    }

    public static async Task IngestVtexOrderAsync(TotvsEcommerceClient client, string vtexJson, SqliteSyncStore state)
    {
        // snippet: vtex-order
        var ledger = new DocumentSyncLedger(state, "vtex-orders");
        var vtex = VtexOrderMapper.Parse(vtexJson);
        var options = new VtexMappingOptions { StoreCode = "1" };
        var erpToday = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[options.ServerTimeZone]).Date; // the ERP's day, even in a UTC container
        var order = VtexOrderMapper.ToDatasulOrder(vtex, options, erpToday);
        await ledger.SendAsync(vtex.OrderId!, ct => client.Orders.CreateAsync(order, ct));
        // end-snippet
    }

    public static async Task SendBacklogAsync(
        TotvsEcommerceClient client, IReadOnlyList<Order> backlog, Func<string, long?, CancellationToken, Task> markSent,
        ILogger logger, CancellationToken stop)
    {
        // snippet: order-backlog
        await foreach (var outcome in client.Orders.CreateManyAsync(backlog, new OrderBatchOptions { MaxConcurrency = 8 }, stop))
        {
            if (outcome.Succeeded)
            {
                await markSent(outcome.Order.CustomerOrderId, outcome.Result!.Record.OrderId, stop);
            }
            else
            {
                logger.LogWarning(outcome.Failure, "Order {Index} not sent; it is safe to send again", outcome.Index);
            }
        }
        // end-snippet
    }

    public static async Task SendLedgerAtTheErpsPaceAsync(
        TotvsEcommerceClient client, IDocumentLedgerStore state, string replica, Func<string, CancellationToken, Task<Order>> loadOrder, CancellationToken stop)
    {
        // snippet: ledger-pace
        var orders = new DocumentSyncLedger(state, "orders", new DocumentLedgerOptions
        {
            Holder = replica,
            Pace = new OrderBatchOptions { MaxConcurrency = 8 }, // starts at one in flight and grows while Datasul keeps up
        });
        await orders.ProcessDueAsync(async (id, ct) => await client.Orders.CreateAsync(await loadOrder(id, ct), ct), batchSize: 16, cancellationToken: stop);
        // end-snippet
    }

    public static async Task NotifyInvoicesAsync(TotvsEcommerceClient client, Instant since, Func<string, string, Task> postToStore)
    {
        // snippet: invoice-notification
        var invoices = await client.Invoices.ListAsync(new InvoiceListOptions { StoreCode = "1", ChangedSince = since, Direction = InvoiceDirection.Output });
        foreach (var invoice in invoices.Items)
        {
            var notification = VtexInvoiceMapper.ToNotification(invoice);
            await postToStore(invoice.EcommerceOrderId!, VtexInvoiceMapper.ToJson(notification));
        }
        // end-snippet
    }

    public static async Task RunReplicaAsync(TotvsEcommerceClient client, IReadOnlyList<string> newOrderIds, Func<string, CancellationToken, Task<Order>> loadOrder,
        Func<IReadOnlyList<Sku>, CancellationToken, Task> publishSkus, CancellationToken stop)
    {
        // snippet: replicas
        // Every replica runs the same code over one PostgreSQL database.
        await using var state = new PostgreSqlSyncStore("Host=db;Username=connector;Password=secret;Database=connector");
        var replica = $"{Environment.MachineName}:{Environment.ProcessId}";

        // The catalog pull runs on one replica at a time; if that replica dies, another resumes it when its lease expires.
        var pull = new IncrementalPull(state, new IncrementalPullOptions { Leases = state, Holder = replica, LeaseDuration = TimeSpan.FromMinutes(2) });
        var run = await pull.RunAsync("skus-store-1", client.Skus, new SkuListOptions { StoreCode = "1", PageSize = 500 }, publishSkus, cancellationToken: stop);
        Console.WriteLine(run.Skipped ? "another replica is pulling the catalog" : $"{run.Records} SKU(s) published");

        // Orders: each replica claims a batch at a time (FOR UPDATE SKIP LOCKED), so they never send one order twice at once;
        // an order claimed by a replica that died is taken over when its claim expires, and CreateAsync finds it by its
        // natural key if the ERP had it already.
        var orders = new DocumentSyncLedger(state, "orders", new DocumentLedgerOptions { Holder = replica, ClaimDuration = TimeSpan.FromMinutes(5) });
        await orders.AddAsync(newOrderIds, stop);
        var result = await orders.ProcessDueAsync(
            async (orderId, ct) => await client.Orders.CreateAsync(await loadOrder(orderId, ct), ct), cancellationToken: stop);
        Console.WriteLine($"{result.Synced} sent, {result.Failed} failed (kept in the ledger with their code)");
        // end-snippet
    }

    public static void AddReprocessing(IServiceCollection services, Func<string, CancellationToken, Task<Order>> loadOrder)
    {
        // snippet: reprocessing
        services.AddTotvsSyncStore(new SqliteSyncStore("./state/connector.db"));
        services.AddTotvsDocumentReprocessing("orders",
            async (provider, orderId, ct) =>
                await provider.GetRequiredService<TotvsEcommerceClient>().Orders.CreateAsync(await loadOrder(orderId, ct), ct),
            options =>
            {
                options.Interval = TimeSpan.FromMinutes(1);
                options.Ledger = new DocumentLedgerOptions
                {
                    Schedule = new ReprocessingSchedule
                    {
                        TransientFirstDelay = TimeSpan.FromSeconds(30),  // timeouts, 5xx: soon
                        RejectedFirstDelay = TimeSpan.FromMinutes(15),   // 57382, carrier not mapped: slowly, until the ERP is fixed
                        RejectedMaxDelay = TimeSpan.FromHours(6),
                    },
                };
                options.Progress = new Progress<DocumentRunResult>(run => Console.WriteLine($"{run.Kind}: {run.Synced} synced, {run.Failed} still failing"));
            });
        // end-snippet
    }

    public static async Task OperateAsync(SqliteSyncStore state)
    {
        // snippet: operator
        var orders = new DocumentSyncLedger(state, "orders");
        foreach (var problem in await orders.ListAsync(DocumentSyncState.Problem))
        {
            Console.WriteLine($"{problem.DocumentKey}: {problem.ErrorCode} {problem.Description} (attempt {problem.Attempts}, next {problem.NextAttemptAt})");
        }

        await orders.ForceRetryAsync("1234567890-01");                            // fixed in the ERP: send it at the next run
        await orders.GiveUpAsync("1234567891-01", "Cancelled in VTEX before it reached the ERP.");
        // end-snippet
    }
}
