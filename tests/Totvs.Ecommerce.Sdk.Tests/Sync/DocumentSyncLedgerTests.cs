using NodaTime;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sync;

public sealed class DocumentSyncLedgerTests
{
    private static readonly TotvsBusinessRuleException Blocked =
        new("Customer blocked for credit.", 400, new TotvsError("57382", "Cliente bloqueado", null, null, []), "POST", "orders");

    private static readonly TotvsApiException TimedOut = new("Timed out.", null, null, true, "POST", "orders", null);

    private readonly ManualClock clock = new(Instant.FromUtc(2026, 11, 29, 12, 0));

    [Fact]
    public async Task A_failed_document_is_rescheduled_by_why_it_failed_and_resent_when_due()
    {
        var ledger = new DocumentSyncLedger(new InMemorySyncStore(), "orders", new DocumentLedgerOptions { TimeProvider = clock });
        var failures = new Dictionary<string, Exception> { ["V-2"] = Blocked, ["V-3"] = TimedOut, ["V-4"] = new TotvsValidationException("order", [new RecordProblem("customer.cpf", "CPF has 10 digits.")]) };
        var sent = new List<string>();
        await ledger.AddAsync(["V-1", "V-2", "V-3", "V-4"]);

        var first = await ledger.ProcessDueAsync((key, _) => Send(key, failures, sent));

        Assert.Equal((1, 3), (first.Synced, first.Failed));
        var rejected = (await ledger.FindAsync("V-2"))!;
        Assert.Equal((DocumentSyncState.Problem, DocumentFailureKind.Rejected, "57382"), (rejected.State, rejected.FailureKind, rejected.ErrorCode));
        Assert.Equal(clock.GetCurrentInstant() + Duration.FromMinutes(15), rejected.NextAttemptAt); // slowly, until the ERP is fixed
        Assert.Equal(clock.GetCurrentInstant() + Duration.FromSeconds(30), (await ledger.FindAsync("V-3"))!.NextAttemptAt); // soon
        var invalid = (await ledger.FindAsync("V-4"))!;
        Assert.Null(invalid.NextAttemptAt); // waits for a fix and an operator
        Assert.Contains("CPF has 10 digits", invalid.Description, StringComparison.Ordinal);

        failures.Remove("V-3");
        sent.Clear();
        clock.Advance(Duration.FromSeconds(31));
        await ledger.ProcessDueAsync((key, _) => Send(key, failures, sent));
        Assert.Equal(["V-3"], sent); // only the transient failure was due

        failures.Clear(); // the ERP's setup was fixed
        sent.Clear();
        clock.Advance(Duration.FromMinutes(15));
        await ledger.ProcessDueAsync((key, _) => Send(key, failures, sent));
        Assert.Equal(["V-2"], sent);
        Assert.Equal(2, (await ledger.FindAsync("V-2"))!.Attempts);

        await ledger.ForceRetryAsync("V-4"); // the operator fixed the document
        sent.Clear();
        var last = await ledger.ProcessDueAsync((key, _) => Send(key, failures, sent));
        Assert.Equal(["V-4"], sent);
        Assert.Equal(1, last.Synced);
        Assert.Empty(await ledger.ListAsync(DocumentSyncState.Problem));
        Assert.Equal(4, (await ledger.ListAsync(DocumentSyncState.Synced)).Count);
    }

    [Fact]
    public async Task Every_sends_outcome_is_counted_in_its_hour_for_the_status_pages_chart()
    {
        var store = new InMemorySyncStore();
        var ledger = new DocumentSyncLedger(store, "orders", new DocumentLedgerOptions { TimeProvider = clock });
        var failures = new Dictionary<string, Exception> { ["V-2"] = TimedOut };
        await ledger.AddAsync(["V-1", "V-2"]);

        await ledger.ProcessDueAsync((key, _) => Send(key, failures, [])); // 12:00: V-1 synced, V-2 times out
        clock.Advance(Duration.FromMinutes(45));
        await ledger.ProcessDueAsync((key, _) => Send(key, failures, [])); // 12:45: V-2 times out again
        failures.Clear();
        clock.Advance(Duration.FromMinutes(30));
        await ledger.ProcessDueAsync((key, _) => Send(key, failures, [])); // 13:15: V-2 synced
        await ledger.SendAsync("V-1", _ => throw new InvalidOperationException("never sent again")); // already synced: no send, no count

        var hours = await store.CountOutcomesByHourAsync(clock.GetCurrentInstant() - Duration.FromHours(2), clock.GetCurrentInstant(), "orders", default);

        Assert.Equal(
            [(Instant.FromUtc(2026, 11, 29, 12, 0), 1, 2), (Instant.FromUtc(2026, 11, 29, 13, 0), 1, 0)],
            hours.Select(h => (h.Hour, h.Synced, h.Problems))); // the outage shows in its hour, though V-2 is synced now
    }

    [Fact]
    public async Task A_rejection_backs_off_to_its_longest_delay_and_an_operator_can_give_it_up()
    {
        var schedule = new ReprocessingSchedule { RejectedFirstDelay = TimeSpan.FromMinutes(15), RejectedMaxDelay = TimeSpan.FromHours(1), MaxAttempts = 5 };
        var ledger = new DocumentSyncLedger(new InMemorySyncStore(), "orders", new DocumentLedgerOptions { TimeProvider = clock, Schedule = schedule });
        await ledger.AddAsync(["V-9", "V-10"]);
        var delays = new List<Duration>();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await ledger.ProcessDueAsync((key, _) => key == "V-9" ? Task.FromException(Blocked) : Task.CompletedTask);
            var status = (await ledger.FindAsync("V-9"))!;
            delays.Add(status.NextAttemptAt!.Value - clock.GetCurrentInstant());
            clock.Advance(delays[^1]);
        }

        Assert.Equal([Duration.FromMinutes(15), Duration.FromMinutes(30), Duration.FromHours(1), Duration.FromHours(1)], delays);
        await ledger.ProcessDueAsync((_, _) => Task.FromException(Blocked));
        Assert.Equal(DocumentSyncState.GivenUp, (await ledger.FindAsync("V-9"))!.State); // out of attempts

        await ledger.ForceRetryAsync("V-9");
        await ledger.GiveUpAsync("V-9", "Order cancelled in VTEX.");
        clock.Advance(Duration.FromDays(30));
        var sent = 0;
        await ledger.ProcessDueAsync((_, _) => { sent++; return Task.CompletedTask; });
        Assert.Equal(0, sent);
        Assert.Equal("Order cancelled in VTEX.", (await ledger.FindAsync("V-9"))!.Description);
        await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.GiveUpAsync("V-10", "x")); // synced: nothing to give up
    }

    [Fact]
    public async Task The_ledger_survives_a_restart_and_a_synced_document_is_never_sent_again()
    {
        var path = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", Guid.NewGuid().ToString("N"), "state.db");
        var sends = 0;
        var before = new DocumentSyncLedger(new SqliteSyncStore(path), "orders", new DocumentLedgerOptions { TimeProvider = clock });
        await before.SendAsync("V-1", _ => { sends++; return Task.CompletedTask; });
        await before.SendAsync("V-2", _ => throw Blocked);

        var after = new DocumentSyncLedger(new SqliteSyncStore(path), "orders", new DocumentLedgerOptions { TimeProvider = clock }); // a new process
        var again = await after.SendAsync("V-1", _ => { sends++; return Task.CompletedTask; });
        var problem = (await after.FindAsync("V-2"))!;

        Assert.Equal(1, sends);
        Assert.Equal(DocumentSyncState.Synced, again.State);
        Assert.Equal((DocumentSyncState.Problem, "57382", 1), (problem.State, problem.ErrorCode, problem.Attempts));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public async Task A_cancelled_run_releases_the_documents_it_did_not_send_to_the_other_replicas()
    {
        var store = new InMemorySyncStore();
        var first = new DocumentSyncLedger(store, "orders", new DocumentLedgerOptions { TimeProvider = clock, Holder = "replica-a" });
        var second = new DocumentSyncLedger(store, "orders", new DocumentLedgerOptions { TimeProvider = clock, Holder = "replica-b" });
        await first.AddAsync(Enumerable.Range(1, 10).Select(i => $"V-{i}"));
        using var stop = new CancellationTokenSource();
        var sentByFirst = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.ProcessDueAsync(async (_, _) =>
        {
            if (++sentByFirst == 3)
            {
                await stop.CancelAsync();
            }
        }, batchSize: 10, cancellationToken: stop.Token));
        var progress = new List<DocumentSyncStatus>();
        var rest = await second.ProcessDueAsync((_, _) => Task.CompletedTask, progress: new SynchronousProgress<DocumentSyncStatus>(progress.Add));

        Assert.Equal(7, rest.Synced); // without waiting for the first replica's claims to expire
        Assert.Equal(7, progress.Count);
        Assert.Equal(10, (await first.ListAsync(DocumentSyncState.Synced)).Count);
    }

    [Fact]
    public async Task A_document_taken_over_after_its_holder_stalled_is_counted_as_a_conflict_not_saved_twice()
    {
        var store = new InMemorySyncStore();
        var options = new DocumentLedgerOptions { TimeProvider = clock, ClaimDuration = TimeSpan.FromMinutes(1) };
        var slow = new DocumentSyncLedger(store, "orders", options with { Holder = "slow" });
        var quick = new DocumentSyncLedger(store, "orders", options with { Holder = "quick" });
        await slow.AddAsync(["V-1"]);
        DocumentRunResult? taken = null;

        var stalled = await slow.ProcessDueAsync(async (_, _) =>
        {
            clock.Advance(Duration.FromMinutes(2)); // the holder stalls past its claim: another replica takes the document
            taken = await quick.ProcessDueAsync((_, _) => Task.CompletedTask);
        });

        Assert.Equal(1, taken!.Synced);
        Assert.Equal((0, 1), (stalled.Synced, stalled.Conflicts));
        Assert.Equal(2, (await quick.FindAsync("V-1"))!.Attempts); // the stalled send was an attempt too: both replicas sent it
    }

    [Fact]
    public async Task A_slow_batch_keeps_its_claims_so_no_other_replica_sends_its_last_documents_meanwhile()
    {
        var store = new InMemorySyncStore();
        var options = new DocumentLedgerOptions { TimeProvider = clock, ClaimDuration = TimeSpan.FromMinutes(5) };
        var slow = new DocumentSyncLedger(store, "orders", options with { Holder = "slow" });
        var other = new DocumentSyncLedger(store, "orders", options with { Holder = "other" });
        await slow.AddAsync(["V-1", "V-2", "V-3", "V-4"]);
        var takenByOther = new List<string>();

        var run = await slow.ProcessDueAsync(async (_, _) =>
        {
            clock.Advance(Duration.FromMinutes(2)); // each document takes two minutes: the batch outlives its first claim
            await other.ProcessDueAsync((key, _) => { takenByOther.Add(key); return Task.CompletedTask; });
        }, batchSize: 4);

        Assert.Empty(takenByOther);
        Assert.Equal(4, run.Synced);
    }

    private static Task Send(string key, Dictionary<string, Exception> failures, List<string> sent)
    {
        sent.Add(key);
        return failures.TryGetValue(key, out var failure) ? Task.FromException(failure) : Task.CompletedTask;
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
