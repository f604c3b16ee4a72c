using NodaTime;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sync;

public sealed class IncrementalPullTests
{
    [Fact]
    public async Task A_sync_killed_between_pages_resumes_and_ends_exactly_as_an_uninterrupted_one()
    {
        var uninterrupted = await RunAsync(cancelAfterPage: null);
        var interrupted = await RunAsync(cancelAfterPage: 2);

        Assert.Equal(uninterrupted.Received, interrupted.Received);
        Assert.Equal(25, interrupted.Received.Count);
        Assert.Equal(25, interrupted.Received.Distinct().Count());
        Assert.True(interrupted.SecondRunResumed);
    }

    [Fact]
    public async Task A_page_whose_records_are_all_skipped_does_not_end_the_pull()
    {
        var pages = new[]
        {
            """{"hasNext":true,"items":[{"itemCode":"A1","description":"a","unitOfMeasure":"UN"}]}""",
            """{"hasNext":true,"items":[{"itemCode":" "},{"itemCode":" "}]}""",
            """{"hasNext":false,"items":[{"itemCode":"C1","description":"c","unitOfMeasure":"UN"}]}""",
        };
        var client = StubHandler.CreateClient(new StubHandler(request =>
        {
            var page = int.Parse(System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["page"]!, System.Globalization.CultureInfo.InvariantCulture);
            return (200, pages[page - 1]);
        }));
        var store = new InMemorySyncStore();
        var received = new List<string>();

        var result = await new IncrementalPull(store).RunAsync("products", client.Products,
            new ProductListOptions { PageSize = 2, OnInvalidRecord = _ => Totvs.Ecommerce.Sdk.InvalidRecordAction.Skip }, (page, _) => Add(received, page));

        Assert.Equal(["A1", "C1"], received);
        Assert.Equal(3, result.Pages);
    }

    [Fact]
    public async Task The_next_run_pulls_only_what_changed_since_the_previous_run_started()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(12, seed: 1));
        var store = new InMemorySyncStore();
        var pull = new IncrementalPull(store, harness.Clock);
        var received = new List<string>();
        var options = new ProductListOptions { StoreCode = "1", PageSize = 5 };
        harness.Clock.Advance(TimeSpan.FromMinutes(1)); // the catalog was seeded before the first run starts

        var first = await pull.RunAsync("products", harness.Client.Products, options, (page, _) => Add(received, page));
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        harness.Server.SetPrice("ECOM", "IT000007", 12.5m); // a new price of a published item changes the price feed, not the product
        harness.Server.UpsertItem(new Totvs.Ecommerce.Sdk.Testing.Seeding.FakeItem { ItemCode = "IT000003", Description = "Renamed", FamilyCode = "F01" });
        received.Clear();
        var second = await pull.RunAsync("products", harness.Client.Products, options, (page, _) => Add(received, page));

        Assert.Equal(12, first.Records);
        Assert.Equal(3, first.Pages);
        Assert.Equal(["IT000003"], received);
        Assert.Equal(1, second.Records);
        var checkpoint = (await store.LoadAsync("products", default))!.Value;
        var renamedAt = Instant.FromDateTimeOffset(harness.Clock.GetUtcNow());
        Assert.Equal(renamedAt - Duration.FromTimeSpan(IncrementalPull.DefaultOverlap), checkpoint.ChangedSince); // the ERP's data, less the overlap
        Assert.Contains(checkpoint.DeliveredAtEdge!, identity => identity.StartsWith("IT000003@", StringComparison.Ordinal));
        Assert.Equal(new SyncRunRecord { StartedAt = renamedAt, FinishedAt = renamedAt, Records = 1, Pages = second.Pages }, checkpoint.LastRun); // for the status page
    }

    [Fact]
    public async Task A_failed_run_keeps_its_cause_in_the_checkpoint_where_it_stopped_until_a_run_finishes()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(12, seed: 1));
        var store = new InMemorySyncStore();
        var pull = new IncrementalPull(store, harness.Clock);
        var options = new ProductListOptions { StoreCode = "1", PageSize = 5 };
        var pages = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => pull.RunAsync("products", harness.Client.Products, options,
            (_, _) => ++pages == 2 ? throw new InvalidOperationException("The storefront is down.") : Task.CompletedTask));
        var failed = (await store.LoadAsync("products", default))!.Value;
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var resumed = await pull.RunAsync("products", harness.Client.Products, options, (_, _) => Task.CompletedTask);
        var finished = (await store.LoadAsync("products", default))!.Value;

        Assert.Equal(new SyncRunFailure { At = Instant.FromDateTimeOffset(SdkHarness.Start), Code = "InvalidOperationException", Message = "The storefront is down." },
            failed.LastFailure);
        Assert.Equal(2, failed.NextPage); // where it stopped: page 2 was not handled
        Assert.True(resumed.Resumed);
        Assert.Null(finished.LastFailure); // a finished run clears it
        Assert.NotNull(finished.LastRun);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(-10)]
    public async Task A_connector_clock_ahead_of_or_behind_the_ERP_loses_no_change(int minutesAhead)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(6, seed: 3));
        var pull = new IncrementalPull(new InMemorySyncStore(), new SkewedClock(harness, TimeSpan.FromMinutes(minutesAhead)));
        var options = new ProductListOptions { StoreCode = "1", PageSize = 4 };
        var received = new List<string>();
        harness.Clock.Advance(TimeSpan.FromSeconds(30));

        await pull.RunAsync("products", harness.Client.Products, options, (page, _) => Add(received, page));
        harness.Clock.Advance(TimeSpan.FromMinutes(1)); // the ERP changes an item one minute after the run, by its own clock
        harness.Server.UpsertItem(new Totvs.Ecommerce.Sdk.Testing.Seeding.FakeItem { ItemCode = "IT000002", Description = "Renamed", FamilyCode = "F01" });
        received.Clear();
        var second = await pull.RunAsync("products", harness.Client.Products, options, (page, _) => Add(received, page));
        received.Clear();
        var third = await pull.RunAsync("products", harness.Client.Products, options, (page, _) => Add(received, page));

        Assert.Equal(1, second.Records); // the change, and nothing the overlap brought again
        Assert.Equal(0, third.Records);
    }

    [Fact]
    public async Task With_leases_one_replica_runs_a_pull_and_another_resumes_it_when_the_holder_dies()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(12, seed: 5));
        var store = new InMemorySyncStore();
        var options = new IncrementalPullOptions { TimeProvider = harness.Clock, Leases = store, LeaseDuration = TimeSpan.FromMinutes(2) };
        var replicaA = new IncrementalPull(store, options with { Holder = "replica-a", Leases = new DeadProcessLeases(store) });
        var replicaB = new IncrementalPull(store, options with { Holder = "replica-b" });
        var list = new ProductListOptions { StoreCode = "1", PageSize = 5 };
        var received = new List<string>();
        SyncRunResult? whileAHolds = null;

        // Replica A dies while it holds the lease, after its first page (the exception stands for the kill: no release).
        await Assert.ThrowsAsync<InvalidOperationException>(() => replicaA.RunAsync("products", harness.Client.Products, list, async (page, ct) =>
        {
            await Add(received, page);
            whileAHolds = await replicaB.RunAsync("products", harness.Client.Products, list, (p, _) => Add(received, p), cancellationToken: ct);
            throw new InvalidOperationException("killed");
        }));
        var stillHeld = await replicaB.RunAsync("products", harness.Client.Products, list, (p, _) => Add(received, p));
        harness.Clock.Advance(TimeSpan.FromMinutes(2)); // the dead holder's lease expires
        var resumed = await replicaB.RunAsync("products", harness.Client.Products, list, (p, _) => Add(received, p));

        Assert.True(whileAHolds!.Skipped);
        Assert.True(stillHeld.Skipped);
        Assert.False(resumed.Skipped);
        Assert.True(resumed.Resumed);
        Assert.Equal(12, received.Distinct().Count()); // nothing lost; the page A took but did not finish comes again (at least once)
    }

    [Fact]
    public async Task A_holder_that_stalled_past_its_lease_stops_and_cannot_write_over_its_successor()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(12, seed: 6));
        var store = new InMemorySyncStore();
        var options = new IncrementalPullOptions { TimeProvider = harness.Clock, Leases = store, LeaseDuration = TimeSpan.FromMinutes(1) };
        var stalled = new IncrementalPull(store, options with { Holder = "stalled" });
        var successor = new IncrementalPull(store, options with { Holder = "successor" });
        var list = new ProductListOptions { StoreCode = "1", PageSize = 5 };
        var pages = 0;
        SyncRunResult? successorRun = null;

        // Its next checkpoint save is refused (the successor's version is newer), before it could renew the lost lease.
        await Assert.ThrowsAsync<SyncConflictException>(() => stalled.RunAsync("products", harness.Client.Products, list, async (_, _) =>
        {
            if (++pages == 1)
            {
                harness.Clock.Advance(TimeSpan.FromMinutes(2)); // a long pause: the lease expires and the successor runs the pull
                successorRun = await successor.RunAsync("products", harness.Client.Products, list, (_, _) => Task.CompletedTask);
            }
        }));

        Assert.Equal(3, successorRun!.Pages);
        var checkpoint = (await store.LoadAsync("products", default))!.Value;
        Assert.False(checkpoint.IsRunInProgress); // the successor's finished run stands; the stalled holder wrote nothing after it
    }

    [Fact]
    public async Task A_file_checkpoint_survives_the_process()
    {
        var folder = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", Guid.NewGuid().ToString("N"));
        var checkpoint = new SyncCheckpoint { ChangedSince = Instant.FromUtc(2026, 3, 1, 10, 0), RunStartedAt = Instant.FromUtc(2026, 3, 2, 8, 0), NextPage = 4 };

        await new FileSyncCheckpointStore(folder).SaveAsync("orders-1", checkpoint, 0, default);
        var read = await new FileSyncCheckpointStore(folder).LoadAsync("orders-1", default);

        Assert.Equal(new Versioned<SyncCheckpoint>(checkpoint, 1), read);
        Assert.Null(await new FileSyncCheckpointStore(folder).LoadAsync("never-ran", default));
        Assert.Throws<ArgumentException>(() => new FileSyncCheckpointStore(folder).SaveAsync("a/b", checkpoint, 0, default).GetAwaiter().GetResult());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Two_blind_writers_of_one_file_checkpoint_never_trip_on_each_others_files_and_leave_a_whole_checkpoint()
    {
        var folder = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", Guid.NewGuid().ToString("N"));
        var store = new FileSyncCheckpointStore(folder);
        var saved = new int[2];

        // Each writer saves over whatever it last read; a conflict is the store refusing a lost race, never an I/O error.
        await Task.WhenAll(Enumerable.Range(0, 2).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                var read = await store.LoadAsync("orders", default);
                try
                {
                    await store.SaveAsync("orders", new SyncCheckpoint { NextPage = (writer * 1000) + i }, read?.Version ?? 0, default);
                    saved[writer]++;
                }
                catch (SyncConflictException)
                {
                }
            }
        })));

        var last = (await store.LoadAsync("orders", default))!;
        Assert.Equal(saved[0] + saved[1], last.Version); // every save that was not refused is counted once
        Assert.Equal(["orders.checkpoint.json", "orders.checkpoint.json.lock"], Directory.GetFiles(folder).Select(Path.GetFileName).Order()); // no temporary file left
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<(List<string> Received, bool SecondRunResumed)> RunAsync(int? cancelAfterPage)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(25, seed: 9));
        var folder = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", Guid.NewGuid().ToString("N"));
        var received = new List<string>();
        var options = new ProductListOptions { StoreCode = "1", PageSize = 5 };
        var resumed = false;
        using (var kill = new CancellationTokenSource())
        {
            var pages = 0;
            var pull = new IncrementalPull(new FileSyncCheckpointStore(folder), harness.Clock);
            try
            {
                await pull.RunAsync("products", harness.Client.Products, options, async (page, _) =>
                {
                    await Add(received, page);
                    if (++pages == cancelAfterPage)
                    {
                        await kill.CancelAsync();
                    }
                }, cancellationToken: kill.Token);
            }
            catch (OperationCanceledException)
            {
                // The process "dies" here; a new one starts from the files.
                var restarted = new IncrementalPull(new FileSyncCheckpointStore(folder), harness.Clock);
                resumed = (await restarted.RunAsync("products", harness.Client.Products, options, (page, _) => Add(received, page))).Resumed;
            }
        }

        Directory.Delete(folder, recursive: true);
        return (received, resumed);
    }

    private static Task Add(List<string> received, IReadOnlyList<Product> page)
    {
        received.AddRange(page.Select(p => p.ItemCode.Value));
        return Task.CompletedTask;
    }

    /// <summary>The leases of a process that is killed: whatever it held is never released (it expires).</summary>
    private sealed class DeadProcessLeases(ISyncLeaseStore leases) : ISyncLeaseStore
    {
        public Task<SyncLease?> TryAcquireAsync(string name, string holder, Instant now, Instant expiresAt, CancellationToken cancellationToken) =>
            leases.TryAcquireAsync(name, holder, now, expiresAt, cancellationToken);

        public Task<SyncLease?> RenewAsync(SyncLease lease, Instant expiresAt, CancellationToken cancellationToken) => leases.RenewAsync(lease, expiresAt, cancellationToken);

        public Task ReleaseAsync(SyncLease lease, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
