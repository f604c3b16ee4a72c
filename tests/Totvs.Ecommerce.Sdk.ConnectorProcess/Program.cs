using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.ConnectorProcess;
using Totvs.Ecommerce.Sdk.PostgreSql;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Sync.Storage;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;

// A connector as the crash and replica tests run it: it pulls the SKU catalog of store 1 into its own SQLite table (when
// --catalog-db is given) and sends orders ORD-000001..N to the ERP through the document ledger, with its state in SQLite or
// PostgreSQL. It prints one line per page and per order (the tests kill it after a random number of lines) and exits 0
// when every order is synced and the pull has finished.
var settings = Settings.Parse(args);
var replica = settings.Get("replica", "connector");
var orderCount = int.Parse(settings.Get("orders", "0"), CultureInfo.InvariantCulture);
var pageSize = int.Parse(settings.Get("page-size", "500"), CultureInfo.InvariantCulture);
var claim = TimeSpan.FromSeconds(double.Parse(settings.Get("claim-seconds", "5"), CultureInfo.InvariantCulture));
var lease = TimeSpan.FromSeconds(double.Parse(settings.Get("lease-seconds", "5"), CultureInfo.InvariantCulture));
var pullUntilOrdersDone = settings.Get("pull-loop", "false") == "true";
var catalogDb = settings.Find("catalog-db");
var storeSpec = settings.Get("store", "");
RelationalSyncStore store = storeSpec.StartsWith("sqlite:", StringComparison.Ordinal)
    ? new SqliteSyncStore(storeSpec["sqlite:".Length..])
    : new PostgreSqlSyncStore(storeSpec["postgres:".Length..], settings.Get("table-prefix", PostgreSqlSyncStore.DefaultTablePrefix));

var services = new ServiceCollection();
services.ConfigureHttpClientDefaults(builder => builder.AddHttpMessageHandler(() => new RunTagHandler()));
services.AddTotvsEcommerce(options => new FakeDatasulServer().ApplyClientOptions(options, new Uri(settings.Get("base", ""))));
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<TotvsEcommerceClient>();
var output = new Output();
var clock = new SteppedClock();
var clockMoved = new Signal();
var orderRecorded = new Signal();
_ = Task.Run(async () =>
{
    // The test's commands: "advance <seconds>" moves this connector's clock (claims and leases expire on it).
    while (await Console.In.ReadLineAsync() is { } command)
    {
        if (command.StartsWith("advance ", StringComparison.Ordinal))
        {
            clock.Advance(Duration.FromSeconds(double.Parse(command["advance ".Length..], CultureInfo.InvariantCulture)));
            clockMoved.Pulse();
        }
    }
});

await store.MigrateAsync();
var ledger = new DocumentSyncLedger(store, "orders", new DocumentLedgerOptions { Holder = replica, ClaimDuration = claim, TimeProvider = clock });
await ledger.AddAsync(Enumerable.Range(1, orderCount).Select(OrderBook.KeyOf));
var catalog = catalogDb is null ? null : await ConnectorCatalog.OpenAsync(catalogDb);
var pull = new IncrementalPull(store, new IncrementalPullOptions { Leases = store, Holder = replica, LeaseDuration = lease, Overlap = TimeSpan.Zero, TimeProvider = clock });
var ordersDone = false;
var pullGate = new PullGate();
var ordersFinished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

var pulling = Task.Run(async () =>
{
    // Once: until one run of the pull finishes here. In a loop (replicas): again and again until the orders are done;
    // each run is tagged in the User-Agent so the fake's journal shows which replica pulled when.
    for (var run = 1; ; run++)
    {
        SyncRunResult? result = null;
        var running = await pullGate.EnterRunAsync();
        RunTagHandler.Tag.Value = $"{replica}/run-{run}";
        try
        {
            result = await pull.RunAsync("skus-1", client.Skus, new SkuListOptions { StoreCode = "1", PageSize = pageSize },
                async (page, ct) =>
                {
                    if (catalog is not null)
                    {
                        await catalog.UpsertAsync(page, ct);
                    }

                    output.Line($"page {page.Count}");
                });
        }
        catch (Exception ex) when (ex is SyncLeaseLostException or SyncConflictException)
        {
            Console.Error.WriteLine($"{replica}: {ex.Message}");
        }
        finally
        {
            RunTagHandler.Tag.Value = null;
            running.Dispose();
        }

        if (pullUntilOrdersDone ? Volatile.Read(ref ordersDone) : result is { Skipped: false })
        {
            return;
        }

        if (result is { Skipped: true })
        {
            // Another replica holds the lease: try again when something happens here (an order recorded, the clock moved).
            await Task.WhenAny(orderRecorded.NextAsync(), clockMoved.NextAsync(), ordersFinished.Task);
        }
    }
});

var orders = new OrderBook(client);
while (true)
{
    var moved = clockMoved.NextAsync();
    await ledger.ProcessDueAsync(orders.SendAsync, batchSize: 10, new InlineProgress<DocumentSyncStatus>(status =>
    {
        output.Line($"order {status.DocumentKey} {status.State}");
        orderRecorded.Pulse();
    }));
    var problems = await ledger.ListAsync(DocumentSyncState.Problem, 5);
    if (problems.FirstOrDefault(p => p.FailureKind != DocumentFailureKind.Transient) is { } refused)
    {
        Console.Error.WriteLine($"Order {refused.DocumentKey} was refused: {refused.ErrorCode} {refused.Description}");
        return 2;
    }

    if (problems.Count == 0 && (await ledger.ListAsync(DocumentSyncState.Pending, 1)).Count == 0)
    {
        break;
    }

    // What is left is claimed by other replicas. Say so, and wait for the test to move the clock: a replica that died
    // leaves its claims to expire, and then this one takes them over.
    await pullGate.CloseAsync(); // "idle" promises the test that no pull is running: its clock jumps may come now
    output.Line("idle");
    await moved;
    pullGate.Open();
}

pullGate.Open();

Volatile.Write(ref ordersDone, true);
ordersFinished.TrySetResult();
await pulling;
output.Line("done");
return 0;
