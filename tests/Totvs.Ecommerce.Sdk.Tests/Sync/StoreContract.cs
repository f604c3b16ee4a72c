using NodaTime;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.Tests.Sync;

/// <summary>
/// What every store must do, checked the same way on each (in memory, file, SQLite, PostgreSQL): two writers on one key,
/// one wins and the other gets a conflict; concurrent read-modify-write loses no update; claims are disjoint; leases pass on.
/// </summary>
internal static class StoreContract
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 29, 12, 0);

    public static async Task TwoCheckpointWritersOnOneKeyOneWinsTheOtherConflicts(ISyncCheckpointStore store)
    {
        var first = await store.SaveAsync("orders", new SyncCheckpoint { NextPage = 1 }, 0, default);
        var read = (await store.LoadAsync("orders", default))!;

        var winner = await store.SaveAsync("orders", read.Value with { NextPage = 2 }, read.Version, default);
        var loser = await Assert.ThrowsAsync<SyncConflictException>(() => store.SaveAsync("orders", read.Value with { NextPage = 3 }, read.Version, default));
        var creatorAgain = await Assert.ThrowsAsync<SyncConflictException>(() => store.SaveAsync("orders", new SyncCheckpoint { NextPage = 9 }, 0, default));

        Assert.Equal(1, first);
        Assert.Equal(2, winner);
        Assert.Equal("orders", loser.Key);
        Assert.Equal(0, creatorAgain.ExpectedVersion);
        var stored = (await store.LoadAsync("orders", default))!;
        Assert.Equal(2, stored.Value.NextPage); // the loser wrote nothing
        Assert.Equal(2, stored.Version);
    }

    public static async Task ConcurrentCheckpointIncrementsLoseNoUpdate(ISyncCheckpointStore store, int perWriter = 50)
    {
        await store.SaveAsync("counter", new SyncCheckpoint { NextPage = 0 }, 0, default);
        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < perWriter;)
            {
                var read = (await store.LoadAsync("counter", default))!;
                try
                {
                    await store.SaveAsync("counter", read.Value with { NextPage = read.Value.NextPage + 1 }, read.Version, default);
                    done++;
                }
                catch (SyncConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));

        Assert.Equal(2 * perWriter, (await store.LoadAsync("counter", default))!.Value.NextPage);
    }

    public static async Task TwoDocumentWritersOnOneKeyOneWinsTheOtherConflicts(IDocumentLedgerStore store)
    {
        Assert.Equal(1, await store.AddPendingAsync("orders", ["V-1"], T0, default));
        Assert.Equal(0, await store.AddPendingAsync("orders", ["V-1"], T0, default)); // known documents keep their status
        var read = (await store.FindAsync("orders", "V-1", default))!;

        await store.SaveAsync(read.Value with { State = DocumentSyncState.Synced, Attempts = 1 }, read.Version, default);
        await Assert.ThrowsAsync<SyncConflictException>(() =>
            store.SaveAsync(read.Value with { State = DocumentSyncState.Problem, ErrorCode = "57382", Attempts = 1 }, read.Version, default));

        var stored = (await store.FindAsync("orders", "V-1", default))!;
        Assert.Equal(DocumentSyncState.Synced, stored.Value.State);
        Assert.Null(stored.Value.ErrorCode);
    }

    public static async Task ConcurrentClaimsAreDisjointAndAnExpiredClaimPassesOn(IDocumentLedgerStore store)
    {
        // Three replicas claim and complete 120 documents at once: each is claimed by exactly one of them.
        var keys = Enumerable.Range(1, 120).Select(i => $"V-{i:D4}").ToList();
        await store.AddPendingAsync("orders", keys, T0, default);
        var until = T0 + Duration.FromMinutes(5);
        var batches = await Task.WhenAll(Enumerable.Range(0, 3).Select(replica => Task.Run(async () =>
        {
            var mine = new List<string>();
            while (await store.ClaimDueAsync("orders", $"replica-{replica}", 7, T0, until, default) is { Count: > 0 } claims)
            {
                foreach (var claim in claims)
                {
                    Assert.Equal($"replica-{replica}", claim.Value.Holder);
                    mine.Add(claim.Value.DocumentKey);
                    await store.SaveAsync(claim.Value with { State = DocumentSyncState.Synced, Holder = null, ClaimedUntil = null }, claim.Version, default);
                }
            }

            return mine;
        })));
        var all = batches.SelectMany(b => b).ToList();
        Assert.Equal(keys, all.Order(StringComparer.Ordinal)); // every document once: nobody claimed one twice

        // A claim holds against others until it expires; its holder, restarted under its name, takes it back at once.
        await store.AddPendingAsync("orders", ["W-1", "W-2", "W-3"], T0, default);
        Assert.Equal(3, (await store.ClaimDueAsync("orders", "replica-a", 10, T0, until, default)).Count);
        Assert.Empty(await store.ClaimDueAsync("orders", "replica-b", 10, T0 + Duration.FromMinutes(1), until, default));
        Assert.Equal(3, (await store.ClaimDueAsync("orders", "replica-a", 10, T0 + Duration.FromMinutes(1), until, default)).Count);
        var takenOver = await store.ClaimDueAsync("orders", "replica-b", 10, until, until + Duration.FromMinutes(5), default); // replica-a died
        Assert.Equal(["W-1", "W-2", "W-3"], takenOver.Select(c => c.Value.DocumentKey));

        // A problem is due only when its next attempt has come; a synced document never.
        var first = takenOver[0];
        await store.SaveAsync(first.Value with
        {
            State = DocumentSyncState.Problem, FailureKind = DocumentFailureKind.Rejected, ErrorCode = "57382", Description = "Blocked.",
            NextAttemptAt = until + Duration.FromHours(1), Holder = null, ClaimedUntil = null, Attempts = 1,
        }, first.Version, default);
        var second = takenOver[1];
        await store.SaveAsync(second.Value with { State = DocumentSyncState.Synced, Holder = null, ClaimedUntil = null }, second.Version, default);
        var later = until + Duration.FromMinutes(30);
        var due = await store.ClaimDueAsync("orders", "replica-c", 10, later, later + Duration.FromMinutes(5), default);
        Assert.Equal(["W-3"], due.Select(d => d.Value.DocumentKey)); // its claim expired; W-1 is not due yet, W-2 is synced
        var retried = await store.ClaimDueAsync("orders", "replica-c", 10, until + Duration.FromHours(2), until + Duration.FromHours(3), default);
        var problem = Assert.Single(retried, d => d.Value.DocumentKey == "W-1");
        Assert.Equal(("57382", DocumentFailureKind.Rejected, 1), (problem.Value.ErrorCode, problem.Value.FailureKind, problem.Value.Attempts));
        Assert.DoesNotContain(retried, d => d.Value.DocumentKey == "W-2");
    }

    public static async Task TwoMappersOfOneItemOneWinsTheOtherConflicts(IProductMapStore store)
    {
        await store.SaveAsync(new ProductMapping("FUR-001", "FERRAMENTA", "UN"), 0, default);
        var read = (await store.FindAsync("fur-001", default))!; // item codes compare ignoring case

        await store.SaveAsync(read.Value with { Packaging = "CX-12" }, read.Version, default);
        await Assert.ThrowsAsync<SyncConflictException>(() => store.SaveAsync(read.Value with { Packaging = "CX-6" }, read.Version, default));
        await Assert.ThrowsAsync<SyncConflictException>(() => store.SaveAsync(new ProductMapping("Fur-001", "X", "Y"), 0, default));

        Assert.Equal("CX-12", (await store.FindAsync("FUR-001", default))!.Value.Packaging);
        Assert.Single(await store.ListAsync(default));
    }

    public static async Task ALeaseIsHeldByOneReplicaAndPassesOnWhenItExpires(ISyncLeaseStore store)
    {
        var a = await store.TryAcquireAsync("pull:skus", "replica-a", T0, T0 + Duration.FromMinutes(2), default);
        var b = await store.TryAcquireAsync("pull:skus", "replica-b", T0 + Duration.FromMinutes(1), T0 + Duration.FromMinutes(3), default);
        Assert.NotNull(a);
        Assert.Null(b);

        var expired = T0 + Duration.FromMinutes(2);
        var takenOver = await store.TryAcquireAsync("pull:skus", "replica-b", expired, expired + Duration.FromMinutes(2), default);
        Assert.NotNull(takenOver);
        Assert.True(takenOver.Token > a.Token);
        Assert.Null(await store.RenewAsync(a, expired + Duration.FromMinutes(5), default)); // the old holder is fenced off
        await store.ReleaseAsync(a, default); // and cannot free its successor's lease
        Assert.Null(await store.TryAcquireAsync("pull:skus", "replica-a", expired, expired + Duration.FromMinutes(1), default));

        await store.ReleaseAsync(takenOver, default);
        Assert.NotNull(await store.TryAcquireAsync("pull:skus", "replica-a", expired, expired + Duration.FromMinutes(1), default));
    }

    public static async Task ConcurrentLeaseRequestsGiveItToOne(ISyncLeaseStore store)
    {
        var winners = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            store.TryAcquireAsync("pull:orders", $"replica-{i}", T0, T0 + Duration.FromMinutes(2), default))));
        Assert.Single(winners, w => w is not null);
    }
    public static async Task TheStatusReaderPagesFiltersCountsAndChartsTheLedger<TStore>(TStore store)
        where TStore : IDocumentLedgerStore, ISyncCheckpointStore, ISyncStatusReader, IDocumentOutcomeLog
    {
        await store.CountOutcomeAsync("orders", synced: true, T0 - Duration.FromDays(40), default); // older than what is kept: pruned below
        // 30 orders and 5 invoices: orders 0-19 synced one per hour from T0, 20-24 problems at T0+2h, 25-29 still pending.
        var orders = Enumerable.Range(0, 30).Select(i => $"O-{i:D2}").ToList();
        await store.AddPendingAsync("orders", orders, T0 - Duration.FromDays(2), default);
        await store.AddPendingAsync("invoices", Enumerable.Range(0, 5).Select(i => $"N-{i}").ToList(), T0 - Duration.FromDays(2), default);
        for (var i = 0; i < 25; i++)
        {
            var read = (await store.FindAsync("orders", orders[i], default))!;
            var outcome = i < 20
                ? read.Value with { State = DocumentSyncState.Synced, Attempts = 1, UpdatedAt = T0 + Duration.FromHours(i % 4) + Duration.FromMinutes(i) }
                : read.Value with
                {
                    State = i == 24 ? DocumentSyncState.GivenUp : DocumentSyncState.Problem, Attempts = 2, ErrorCode = "57382",
                    Description = "No natureza.", UpdatedAt = T0 + Duration.FromHours(2) + Duration.FromSeconds(i),
                };
            await store.SaveAsync(outcome, read.Version, default);
            await store.CountOutcomeAsync("orders", outcome.State == DocumentSyncState.Synced, outcome.UpdatedAt, default); // as the ledger does
        }

        await store.CountOutcomeAsync("orders", synced: false, T0 + Duration.FromHours(3) + Duration.FromMinutes(1), default); // refused once before it synced

        var firstPage = await store.QueryDocumentsAsync(new DocumentQuery { Kind = "orders", Take = 7 }, default);
        var lastPage = await store.QueryDocumentsAsync(new DocumentQuery { Kind = "orders", Skip = 28, Take = 7 }, default);
        var problems = await store.QueryDocumentsAsync(new DocumentQuery { State = DocumentSyncState.Problem }, default);
        var window = await store.QueryDocumentsAsync(new DocumentQuery { ChangedFrom = T0 + Duration.FromHours(3), ChangedBefore = T0 + Duration.FromHours(4) }, default);
        var counts = await store.CountDocumentsAsync(default);
        var hours = await store.CountOutcomesByHourAsync(T0 + Duration.FromMinutes(30), T0 + Duration.FromHours(24), null, default);
        var past = await store.CountOutcomesByHourAsync(T0 - Duration.FromDays(41), T0, null, default);
        var invoiceHours = await store.CountOutcomesByHourAsync(T0, T0 + Duration.FromHours(24), "invoices", default);

        Assert.Equal(30, firstPage.TotalCount);
        Assert.Equal(7, firstPage.Items.Count);
        Assert.Equal("O-19", firstPage.Items[0].DocumentKey); // the newest change first: 3h19
        Assert.Equal(["O-28", "O-29"], lastPage.Items.Select(d => d.DocumentKey)); // the oldest (the pending ones, by key)
        Assert.Equal(4, problems.TotalCount);
        Assert.All(problems.Items, d => Assert.Equal(("57382", "No natureza.", 2), (d.ErrorCode, d.Description, d.Attempts)));
        Assert.Equal(["O-19", "O-15", "O-11", "O-07", "O-03"], window.Items.Select(d => d.DocumentKey));
        Assert.Equal(
            [("invoices", DocumentSyncState.Pending, 5), ("orders", DocumentSyncState.Pending, 5), ("orders", DocumentSyncState.Synced, 20),
             ("orders", DocumentSyncState.Problem, 4), ("orders", DocumentSyncState.GivenUp, 1)],
            counts.Select(c => (c.Kind, c.State, c.Count)));
        Assert.Equal(
            [(T0, 5, 0), (T0 + Duration.FromHours(1), 5, 0), (T0 + Duration.FromHours(2), 5, 5), (T0 + Duration.FromHours(3), 5, 1)],
            hours.Select(h => (h.Hour, h.Synced, h.Problems))); // "from" is rounded down to its hour; every outcome counts
        Assert.Empty(invoiceHours); // pending documents are no outcome
        Assert.Empty(past); // counts are kept 31 days

        var run = new SyncRunRecord { StartedAt = T0, FinishedAt = T0 + Duration.FromSeconds(90), Records = 1200, Pages = 3 };
        await store.SaveAsync("products-store-1", new SyncCheckpoint { ChangedSince = T0, LastRun = run }, 0, default);
        await store.SaveAsync("families-store-1", new SyncCheckpoint { RunStartedAt = T0, NextPage = 4 }, 0, default);
        var pulls = await store.ListCheckpointsAsync(default);
        Assert.Equal(["families-store-1", "products-store-1"], pulls.Select(p => p.Name));
        Assert.Equal(run, pulls[1].Checkpoint.LastRun);
        Assert.Equal(Duration.FromSeconds(90), pulls[1].Checkpoint.LastRun!.Duration);
        Assert.True(pulls[0].Checkpoint.IsRunInProgress);
    }
}
