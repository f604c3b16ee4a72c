using System.Collections.Concurrent;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.TestData;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sync;

/// <summary>
/// <see cref="DocumentSyncLedger.ProcessDueAsync"/> at the ERP's pace: claimed in batches, at most K in flight and fewer
/// when Datasul pushes back, every order in the ERP exactly once, interrupted sends counted.
/// </summary>
public sealed class PacedLedgerTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task K_documents_go_at_once_never_more_and_each_order_is_created_exactly_once()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: OrderLoad.Store);
        var route = harness.Server.Routes.Orders;
        var eightArrived = OrderLoad.Arrivals(harness.Server, route, 8);
        harness.Server.Faults.On("POST", route).Always().Delay(TimeSpan.FromSeconds(1)); // nothing answers until the clock moves
        var ledger = Ledger(harness, new InMemorySyncStore(), "replica-1", new OrderBatchOptions { MaxConcurrency = 8, InitialConcurrency = 8 });
        var orders = await AddOrdersAsync(ledger, 40);

        var run = ledger.ProcessDueAsync((key, ct) => harness.Client.Orders.CreateAsync(orders[key], ct), batchSize: 10);
        await eightArrived.WaitAsync(Guard); // eight in flight together, across the first two claimed batches
        var result = await harness.RunAsync(() => run);

        Assert.Equal(8, harness.Server.PeakConcurrentRequests); // and never a ninth
        Assert.Equal(40, result.Synced);
        Assert.Equal(40, harness.Server.Orders.Select(o => o.CustomerOrderId).Distinct().Count());
        Assert.Equal(40, harness.Server.Orders.Count);
        Assert.Equal(40, (await ledger.ListAsync(DocumentSyncState.Synced)).Count);
        Assert.All(await ledger.ListAsync(), d => Assert.Equal(1, d.Attempts));
    }

    [Fact]
    public async Task A_503_with_Retry_After_halves_the_documents_in_flight_and_holds_new_ones_until_it_passed()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: OrderLoad.Store);
        var route = harness.Server.Routes.Orders;
        var arrivals = 0;
        harness.Server.Faults.On("POST", route).Always().When(_ => Interlocked.Increment(ref arrivals) == 8)
            .RespondWithStatus(503, TimeSpan.FromSeconds(3)); // the eighth order in flight meets a busy ERP
        harness.Server.Faults.On("POST", route).Always().Delay(TimeSpan.FromMilliseconds(200)); // the first rule that hits applies
        var ledger = Ledger(harness, new InMemorySyncStore(), "replica-1", new OrderBatchOptions { MaxConcurrency = 8, InitialConcurrency = 8 });
        var orders = await AddOrdersAsync(ledger, 40);
        var started = harness.Clock.GetUtcNow();
        var inFlight = 0;
        var starts = new ConcurrentQueue<(DateTimeOffset At, int InFlight)>();

        var result = await harness.RunAsync(() => ledger.ProcessDueAsync(async (key, ct) =>
        {
            starts.Enqueue((harness.Clock.GetUtcNow(), Interlocked.Increment(ref inFlight)));
            try
            {
                await harness.Client.Orders.CreateAsync(orders[key], ct);
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }));

        Assert.Equal(40, result.Synced);
        Assert.Equal(40, harness.Server.Orders.Count); // the refused one too, once
        var before = starts.Where(s => s.At < started + TimeSpan.FromSeconds(3)).ToList();
        var after = starts.Where(s => s.At >= started + TimeSpan.FromSeconds(3)).ToList();
        Assert.Equal(8, before.Count); // the first eight went together; none started while the Retry-After ran
        Assert.Equal(8, before.Max(s => s.InFlight));
        // Halved: 8 became 4 at the refusal, and the seven answers of the orders already in flight added a quarter each, so
        // before any new answer (200 ms) at most 5 go, the refused order's retry among them; unhalved it would be 8 again.
        var holdEnded = after.Min(s => s.At);
        var rightAfter = after.Where(s => s.At < holdEnded + TimeSpan.FromMilliseconds(200)).Max(s => s.InFlight);
        Assert.True(rightAfter <= 5, $"{rightAfter} in flight right after the hold");
        Assert.True(after.Max(s => s.InFlight) < 8, "grown back to just below where the ERP pushed back");
    }

    [Fact]
    public async Task Lost_answers_and_503s_under_concurrency_across_two_replicas_leave_every_order_in_the_ERP_exactly_once()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: OrderLoad.Store);
        var route = harness.Server.Routes.Orders;
        harness.Server.Faults.On("POST", route).Always().AtRate(0.15, seed: 7).LoseAnswerAfterCommit(); // created, answer lost
        harness.Server.Faults.On("POST", route).Always().AtRate(0.10, seed: 11).RespondWithStatus(503, TimeSpan.FromSeconds(2));
        harness.Server.Faults.On("POST", route).Always().Delay(TimeSpan.FromMilliseconds(200));
        var store = new InMemorySyncStore();
        var pace = new OrderBatchOptions { MaxConcurrency = 6, InitialConcurrency = 3 };
        var first = Ledger(harness, store, "replica-1", pace);
        var second = Ledger(harness, store, "replica-2", pace);
        var orders = await AddOrdersAsync(first, 120);

        var results = await harness.RunAsync(() => Task.WhenAll(
            first.ProcessDueAsync((key, ct) => harness.Client.Orders.CreateAsync(orders[key], ct), batchSize: 8),
            second.ProcessDueAsync((key, ct) => harness.Client.Orders.CreateAsync(orders[key], ct), batchSize: 8)));

        Assert.Equal(120, results.Sum(r => r.Synced));
        Assert.True(results.All(r => r.Synced > 0), "both replicas took a share");
        Assert.Equal(120, harness.Server.Orders.Count);
        Assert.Equal(120, harness.Server.Orders.Select(o => o.CustomerOrderId).Distinct().Count());
        Assert.Contains(harness.Server.Journal.For("POST", route), e => e.StatusCode == 0); // answers were lost
        Assert.Contains(harness.Server.Journal.For("POST", route), e => e.StatusCode == 503); // and refused
        Assert.True(harness.Server.PeakConcurrentRequests <= 12);
    }

    [Fact]
    public async Task A_claimed_batch_belongs_to_its_replica_until_each_document_is_sent()
    {
        var clock = new ManualClock(NodaTime.Instant.FromUtc(2026, 12, 7, 12, 0));
        var store = new InMemorySyncStore();
        var first = new DocumentSyncLedger(store, "orders", new DocumentLedgerOptions { TimeProvider = clock, Holder = "replica-1" });
        var second = new DocumentSyncLedger(store, "orders", new DocumentLedgerOptions { TimeProvider = clock, Holder = "replica-2" });
        await first.AddAsync(["V-1", "V-2", "V-3", "V-4", "V-5"]);

        var claimed = await first.ClaimDueAsync(3);
        var rest = await second.ClaimDueAsync(10);
        var sent = await first.SendAsync(claimed[0].DocumentKey, _ => Task.CompletedTask);
        var notYours = await second.SendAsync(claimed[1].DocumentKey, _ => throw new InvalidOperationException("sent by the wrong replica"));

        Assert.Equal(["V-1", "V-2", "V-3"], claimed.Select(d => d.DocumentKey));
        Assert.All(claimed, d => Assert.Equal("replica-1", d.Holder));
        Assert.Equal(["V-4", "V-5"], rest.Select(d => d.DocumentKey));
        Assert.Equal((DocumentSyncState.Synced, 1), (sent.State, sent.Attempts));
        Assert.Equal((DocumentSyncState.Pending, "replica-1"), (notYours.State, notYours.Holder)); // left to its holder
    }

    [Fact]
    public async Task A_send_cut_short_counts_as_an_attempt_and_its_claim_goes_back_to_the_other_replicas()
    {
        var clock = new ManualClock(NodaTime.Instant.FromUtc(2026, 12, 7, 12, 0));
        var store = new InMemorySyncStore();
        var ledger = new DocumentSyncLedger(store, "orders", new DocumentLedgerOptions { TimeProvider = clock, Holder = "replica-1" });
        await ledger.AddAsync(["V-1"]);
        using var stop = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ledger.ProcessDueAsync(async (_, ct) =>
        {
            await stop.CancelAsync(); // the process is told to stop while the order is on its way
            ct.ThrowIfCancellationRequested();
        }, cancellationToken: stop.Token));
        var after = (await ledger.FindAsync("V-1"))!;

        Assert.Equal((DocumentSyncState.Pending, 1), (after.State, after.Attempts));
        Assert.Null(after.Holder);
        Assert.Single(await new DocumentSyncLedger(store, "orders", new DocumentLedgerOptions { TimeProvider = clock, Holder = "replica-2" }).ClaimDueAsync(5));
    }

    [Fact]
    public async Task A_run_stopped_while_the_store_is_down_stops_with_its_own_cause_after_the_send_in_flight_is_recorded()
    {
        var clock = new ManualClock(NodaTime.Instant.FromUtc(2026, 12, 7, 12, 0));
        var store = new FailingClaims(new InMemorySyncStore());
        var ledger = new DocumentSyncLedger(store, "orders", new DocumentLedgerOptions { TimeProvider = clock, Pace = new OrderBatchOptions { MaxConcurrency = 1, AdaptToErp = false } });
        await ledger.AddAsync(["V-1", "V-2", "V-3", "V-4"]);
        using var stop = new CancellationTokenSource();
        var sent = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ledger.ProcessDueAsync(async (key, _) =>
        {
            sent.Add(key);
            store.Broken = true; // the database goes away, and the connector is told to stop, while the first order is on its way
            await stop.CancelAsync();
        }, batchSize: 4, cancellationToken: stop.Token));

        Assert.Equal(["V-1"], sent);
        Assert.Equal(DocumentSyncState.Synced, (await ledger.FindAsync("V-1"))!.State); // recorded, though the others could not be released
    }

    /// <summary>A ledger store whose claims fail once it is broken (and whose releases then fail too).</summary>
    private sealed class FailingClaims(InMemorySyncStore inner) : IDocumentLedgerStore
    {
        public volatile bool Broken;

        public Task<int> AddPendingAsync(string kind, IReadOnlyCollection<string> documentKeys, NodaTime.Instant now, CancellationToken cancellationToken) =>
            inner.AddPendingAsync(kind, documentKeys, now, cancellationToken);

        public Task<Versioned<DocumentSyncStatus>?> FindAsync(string kind, string documentKey, CancellationToken cancellationToken) =>
            inner.FindAsync(kind, documentKey, cancellationToken);

        public Task<IReadOnlyList<DocumentSyncStatus>> ListAsync(string kind, DocumentSyncState? state, int limit, CancellationToken cancellationToken) =>
            inner.ListAsync(kind, state, limit, cancellationToken);

        public Task<IReadOnlyList<Versioned<DocumentSyncStatus>>> ClaimDueAsync(
            string kind, string holder, int max, NodaTime.Instant now, NodaTime.Instant claimedUntil, CancellationToken cancellationToken) =>
            Broken ? throw new InvalidOperationException("The database is down.") : inner.ClaimDueAsync(kind, holder, max, now, claimedUntil, cancellationToken);

        public Task<long> SaveAsync(DocumentSyncStatus status, long expectedVersion, CancellationToken cancellationToken) =>
            Broken && status.Holder is null && status.State == DocumentSyncState.Pending
                ? throw new InvalidOperationException("The database is still down.")
                : inner.SaveAsync(status, expectedVersion, cancellationToken);
    }

    private static DocumentSyncLedger Ledger(SdkHarness harness, InMemorySyncStore store, string holder, OrderBatchOptions pace) =>
        new(store, "orders", new DocumentLedgerOptions
        {
            Holder = holder,
            TimeProvider = harness.Clock,
            Pace = pace,
            ClaimDuration = TimeSpan.FromMinutes(30), // the claims' keeper waits longer than the test clock ever jumps at once
        });

    private static async Task<Dictionary<string, Order>> AddOrdersAsync(DocumentSyncLedger ledger, int count)
    {
        var orders = Enumerable.Range(1, count).Select(NumberedOrders.Number).ToDictionary(o => o.CustomerOrderId!);
        await ledger.AddAsync(orders.Keys);
        return orders;
    }
}
