using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sync;

public sealed class InMemoryStoreTests
{
    [Fact] public Task Checkpoint_race() => StoreContract.TwoCheckpointWritersOnOneKeyOneWinsTheOtherConflicts(new InMemorySyncStore());

    [Fact] public Task Checkpoint_increments() => StoreContract.ConcurrentCheckpointIncrementsLoseNoUpdate(new InMemorySyncStore());

    [Fact] public Task Document_race() => StoreContract.TwoDocumentWritersOnOneKeyOneWinsTheOtherConflicts(new InMemorySyncStore());

    [Fact] public Task Claims() => StoreContract.ConcurrentClaimsAreDisjointAndAnExpiredClaimPassesOn(new InMemorySyncStore());

    [Fact] public Task Product_map_race() => StoreContract.TwoMappersOfOneItemOneWinsTheOtherConflicts(new InMemorySyncStore());

    [Fact] public Task Leases() => StoreContract.ALeaseIsHeldByOneReplicaAndPassesOnWhenItExpires(new InMemorySyncStore());

    [Fact] public Task Lease_race() => StoreContract.ConcurrentLeaseRequestsGiveItToOne(new InMemorySyncStore());

    [Fact] public Task Status_reader() => StoreContract.TheStatusReaderPagesFiltersCountsAndChartsTheLedger(new InMemorySyncStore());
}

public sealed class FileCheckpointStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", Guid.NewGuid().ToString("N"));

    [Fact] public Task Checkpoint_race() => StoreContract.TwoCheckpointWritersOnOneKeyOneWinsTheOtherConflicts(new FileSyncCheckpointStore(folder));

    [Fact] public Task Checkpoint_increments() => StoreContract.ConcurrentCheckpointIncrementsLoseNoUpdate(new FileSyncCheckpointStore(folder));

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", Guid.NewGuid().ToString("N"), "state.db");

    [Fact] public Task Checkpoint_race() => StoreContract.TwoCheckpointWritersOnOneKeyOneWinsTheOtherConflicts(new SqliteSyncStore(path));

    [Fact] public Task Checkpoint_increments() => StoreContract.ConcurrentCheckpointIncrementsLoseNoUpdate(new SqliteSyncStore(path));

    [Fact] public Task Document_race() => StoreContract.TwoDocumentWritersOnOneKeyOneWinsTheOtherConflicts(new SqliteSyncStore(path));

    [Fact] public Task Claims() => StoreContract.ConcurrentClaimsAreDisjointAndAnExpiredClaimPassesOn(new SqliteSyncStore(path));

    [Fact] public Task Product_map_race() => StoreContract.TwoMappersOfOneItemOneWinsTheOtherConflicts(new SqliteSyncStore(path));

    [Fact] public Task Leases() => StoreContract.ALeaseIsHeldByOneReplicaAndPassesOnWhenItExpires(new SqliteSyncStore(path));

    [Fact] public Task Lease_race() => StoreContract.ConcurrentLeaseRequestsGiveItToOne(new SqliteSyncStore(path));

    [Fact] public Task Status_reader() => StoreContract.TheStatusReaderPagesFiltersCountsAndChartsTheLedger(new SqliteSyncStore(path));

    [Fact]
    public async Task Two_store_instances_on_one_file_share_the_state_and_its_versions()
    {
        await new SqliteSyncStore(path).SaveAsync("orders", new SyncCheckpoint { NextPage = 4 }, 0, default);
        var other = await new SqliteSyncStore(path).LoadAsync("orders", default);
        Assert.Equal((4, 1L), (other!.Value.NextPage, other.Version));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}

public sealed class PostgreSqlStoreTests
{
    [PostgreSqlFact] public Task Checkpoint_race() => StoreContract.TwoCheckpointWritersOnOneKeyOneWinsTheOtherConflicts(TestPostgres.NewStore());

    [PostgreSqlFact] public Task Checkpoint_increments() => StoreContract.ConcurrentCheckpointIncrementsLoseNoUpdate(TestPostgres.NewStore());

    [PostgreSqlFact] public Task Document_race() => StoreContract.TwoDocumentWritersOnOneKeyOneWinsTheOtherConflicts(TestPostgres.NewStore());

    [PostgreSqlFact] public Task Claims() => StoreContract.ConcurrentClaimsAreDisjointAndAnExpiredClaimPassesOn(TestPostgres.NewStore());

    [PostgreSqlFact] public Task Product_map_race() => StoreContract.TwoMappersOfOneItemOneWinsTheOtherConflicts(TestPostgres.NewStore());

    [PostgreSqlFact] public Task Leases() => StoreContract.ALeaseIsHeldByOneReplicaAndPassesOnWhenItExpires(TestPostgres.NewStore());

    [PostgreSqlFact] public Task Lease_race() => StoreContract.ConcurrentLeaseRequestsGiveItToOne(TestPostgres.NewStore());

    [PostgreSqlFact] public Task Status_reader() => StoreContract.TheStatusReaderPagesFiltersCountsAndChartsTheLedger(TestPostgres.NewStore());

    [PostgreSqlFact]
    public async Task Replicas_starting_together_create_the_tables_once()
    {
        var prefix = $"m{Guid.NewGuid():N}"[..12] + "_";
        var stores = Enumerable.Range(0, 4).Select(_ => new Totvs.Ecommerce.Sdk.PostgreSql.PostgreSqlSyncStore(TestPostgres.ConnectionString!, prefix)).ToList();
        await Task.WhenAll(stores.Select(s => s.MigrateAsync()));
        Assert.Empty(await stores[0].ListAsync(default));
    }
}
