using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NodaTime;
using Totvs.Ecommerce.Sdk.Diagnostics;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Diagnostics;

/// <summary>A sync run is a span and a log line: what it pulled, or why it failed (with the checkpoint left in place).</summary>
public sealed class SyncTelemetryTests
{
    [Fact]
    public async Task A_pull_is_a_span_with_its_counts_and_a_log_line_when_it_finishes_or_fails()
    {
        using var recorder = new SpanRecorder();
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithFamily("FER", "Ferramentas").WithFamily("ELE", "Elétricos"));
        var name = $"families-{Guid.NewGuid():N}";
        var logs = new ConcurrentQueue<(int EventId, LogLevel Level, string Message)>();
        var pull = new IncrementalPull(new InMemorySyncStore(), new IncrementalPullOptions { TimeProvider = harness.Clock, Logger = new ListLogger(logs) });

        var run = await pull.RunAsync(name, harness.Client.Families, new FamilyListOptions { StoreCode = "1", PageSize = 1 }, (_, _) => Task.CompletedTask);
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).RespondWithError(400, "STORE_NOT_FOUND", "no store");
        await Assert.ThrowsAsync<TotvsBusinessRuleException>(() =>
            pull.RunAsync(name, harness.Client.Families, new FamilyListOptions { StoreCode = "1", PageSize = 1 }, (_, _) => Task.CompletedTask));

        var runs = recorder.Spans.Where(a => a.DisplayName == $"sync.pull {name}").ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal(2L, runs[0].GetTagItem("totvs.sync.records"));
        Assert.Equal(2, runs[0].GetTagItem("totvs.sync.pages"));
        Assert.Equal(ActivityStatusCode.Error, runs[1].Status);
        Assert.Equal(typeof(TotvsBusinessRuleException).FullName, runs[1].GetTagItem("error.type"));
        Assert.Contains(recorder.Spans, a => a.Parent == runs[0] && a.Kind == ActivityKind.Client); // each page's call is a child of the run
        Assert.Contains(logs, l => l.EventId == 2001 && l.Message.Contains($"{run.Records} records over {run.Pages} pages", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.EventId == 2003 && l.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_ledger_run_is_a_span_and_one_log_line_with_its_counts()
    {
        var logs = new ConcurrentQueue<(int EventId, LogLevel Level, string Message)>();
        var clock = new ManualClock(Instant.FromUtc(2026, 3, 1, 13, 0));
        var ledger = new DocumentSyncLedger(new InMemorySyncStore(), "invoices", new DocumentLedgerOptions { TimeProvider = clock, Logger = new ListLogger(logs) });
        await ledger.AddAsync(["NF-1", "NF-2"]);

        var result = await ledger.ProcessDueAsync((key, _) => key == "NF-2" ? throw new TotvsApiException("down") : Task.CompletedTask);

        Assert.Equal((1, 1), (result.Synced, result.Failed));
        Assert.Contains(logs, l => l.EventId == 2010 && l.Message.Contains("invoices: 1 synced, 1 failed", StringComparison.Ordinal));
    }

    private sealed class ListLogger(ConcurrentQueue<(int EventId, LogLevel Level, string Message)> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            events.Enqueue((eventId.Id, logLevel, formatter(state, exception)));
    }
}
