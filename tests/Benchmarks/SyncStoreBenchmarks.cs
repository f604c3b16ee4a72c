using BenchmarkDotNet.Attributes;
using Totvs.Ecommerce.Sdk.PostgreSql;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Sync.Storage;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>
/// The time a connector spends in its state store per order: the ledger work of one order (added, claimed in a batch of
/// ten, its outcome saved) and a checkpoint save, on SQLite (a file, WAL, synchronous=NORMAL) and PostgreSQL (the cluster
/// of build/with-postgres.sh: TOTVS_TEST_POSTGRES). Goal: at 50 orders/s (20 ms per order) under 5 % in the store, i.e.
/// under 1 ms per order.
/// </summary>
[MemoryDiagnoser]
public class SyncStoreBenchmarks
{
    private const int OrdersPerInvoke = 100;

    private RelationalSyncStore store = null!;
    private DocumentSyncLedger ledger = null!;
    private string? folder;
    private int batch;
    private long checkpointVersion;

    public enum StoreKind
    {
        Sqlite,
        PostgreSql,
    }

    [Params(StoreKind.Sqlite, StoreKind.PostgreSql)]
    public StoreKind Store { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var prefix = $"b{Guid.NewGuid():N}"[..12] + "_";
        if (Store == StoreKind.Sqlite)
        {
            folder = Path.Combine(Path.GetTempPath(), "totvs-sdk-bench", Guid.NewGuid().ToString("N"));
            store = new SqliteSyncStore(Path.Combine(folder, "state.db"), prefix);
        }
        else
        {
            store = new PostgreSqlSyncStore(
                Environment.GetEnvironmentVariable("TOTVS_TEST_POSTGRES") is { Length: > 0 } connection ? connection
                    : throw new InvalidOperationException("Set TOTVS_TEST_POSTGRES (or run through build/with-postgres.sh) to benchmark the PostgreSQL store."),
                prefix);
        }

        await store.MigrateAsync();
        ledger = new DocumentSyncLedger(store, "orders");
        checkpointVersion = await store.SaveAsync("skus-1", new SyncCheckpoint { NextPage = 1 }, 0, default);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (store is PostgreSqlSyncStore postgres)
        {
            await postgres.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>100 orders through the ledger: added, claimed ten at a time, each outcome saved.</summary>
    [Benchmark(OperationsPerInvoke = OrdersPerInvoke)]
    public async Task<int> LedgerPerOrder()
    {
        var first = ++batch * OrdersPerInvoke;
        await ledger.AddAsync(Enumerable.Range(first, OrdersPerInvoke).Select(i => $"V-{i:D9}"));
        var run = await ledger.ProcessDueAsync((_, _) => Task.CompletedTask, batchSize: 10);
        return run.Synced == OrdersPerInvoke ? run.Synced : throw new InvalidOperationException($"{run.Synced} synced, expected {OrdersPerInvoke}.");
    }

    /// <summary>One checkpoint save (a pull saves one per page).</summary>
    [Benchmark]
    public async Task<long> CheckpointSave() =>
        checkpointVersion = await store.SaveAsync("skus-1", new SyncCheckpoint { NextPage = (int)checkpointVersion }, checkpointVersion, default);
}
