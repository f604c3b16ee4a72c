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
}
