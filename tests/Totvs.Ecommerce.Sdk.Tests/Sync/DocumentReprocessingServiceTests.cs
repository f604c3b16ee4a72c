using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sync;

public sealed class DocumentReprocessingServiceTests
{
    [Fact]
    public async Task The_hosted_service_resends_due_documents_at_each_interval_and_reports_each_run()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var store = new InMemorySyncStore();
        var erpFixed = false;
        var runs = System.Threading.Channels.Channel.CreateUnbounded<DocumentRunResult>();
        var services = new ServiceCollection()
            .AddTotvsSyncStore(store)
            .AddTotvsDocumentReprocessing("orders", (_, key, _) => key == "V-2" && !erpFixed ? Task.FromException(Rejected()) : Task.CompletedTask, options =>
            {
                options.Interval = TimeSpan.FromMinutes(10);
                options.TimeProvider = time;
                options.Ledger = new DocumentLedgerOptions { TimeProvider = time, Schedule = new ReprocessingSchedule { RejectedFirstDelay = TimeSpan.FromMinutes(15) } };
                options.Progress = new InlineProgress(r => runs.Writer.TryWrite(r));
            });
        await using var provider = services.BuildServiceProvider();
        await new DocumentSyncLedger(store, "orders").AddAsync(["V-1", "V-2"]);
        var service = provider.GetServices<IHostedService>().Single();
        Assert.Same(store, provider.GetRequiredService<ISyncCheckpointStore>()); // one store serves the four interfaces
        Assert.Same(store, provider.GetRequiredService<IProductMapStore>());

        await service.StartAsync(default);
        var first = await runs.Reader.ReadAsync();
        erpFixed = true;
        time.Advance(TimeSpan.FromMinutes(10)); // not due yet: the rejection waits 15 minutes
        var second = await runs.Reader.ReadAsync();
        time.Advance(TimeSpan.FromMinutes(10));
        var third = await runs.Reader.ReadAsync();
        await service.StopAsync(default);

        Assert.Equal((1, 1), (first.Synced, first.Failed));
        Assert.Equal(0, second.Processed);
        Assert.Equal(1, third.Synced);
        Assert.Equal(DocumentSyncState.Synced, (await store.FindAsync("orders", "V-2", default))!.Value.State);
    }

    private static TotvsBusinessRuleException Rejected() =>
        new("Carrier not mapped.", 400, new TotvsError("CARRIER_NOT_MAPPED", "x", null, null, []), "POST", "orders");

    private sealed class InlineProgress(Action<DocumentRunResult> report) : IProgress<DocumentRunResult>
    {
        public void Report(DocumentRunResult value) => report(value);
    }
}
