using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using NodaTime;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.Benchmarks;

/// <summary>
/// The operator's status page over 10,000 documents in SQLite (a realistic mix: synced, problems with codes, pending,
/// given up, outcomes spread over the last day) and three pulls, asked over loopback HTTP as a browser asks it: the first
/// page of everything, the problem list, and a page deep in the list. Goal: under 200 ms a page.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class StatusPageBenchmarks
{
    private const int Documents = 10_000;
    private static readonly string[] Codes = ["CARRIER_NOT_MAPPED", "57382", "PAYMENT_METHOD_NOT_REGISTERED", "503", "PRICE_NOT_FOUND"];

    private WebApplication app = null!;
    private HttpClient http = null!;
    private string folder = null!;
    private Uri page = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        folder = Directory.CreateTempSubdirectory("totvs-status-bench-").FullName;
        var store = new SqliteSyncStore(Path.Combine(folder, "state.db"));
        var now = SystemClock.Instance.GetCurrentInstant();
        await SeedAsync(store, now);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddTotvsSyncStore(store);
        builder.Services.AddTotvsStatusPage(options => options.Title = "Loja Acme");
        builder.Services.AddHealthChecks().AddCheck("totvs-ecommerce", () => HealthCheckResult.Healthy("Datasul answered in 42 ms."));
        builder.Services.AddAuthorization();
        app = builder.Build();
        app.UseAuthorization();
        app.MapTotvsStatusPage().AllowAnonymous();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        page = new Uri(new Uri(address), "/status");
        http = new HttpClient();
    }

    [Benchmark(Baseline = true)]
    public Task<string> FirstPage() => http.GetStringAsync(page);

    [Benchmark]
    public Task<string> Problems() => http.GetStringAsync(new Uri(page + "?state=problem"));

    [Benchmark]
    public Task<string> Page150() => http.GetStringAsync(new Uri(page + "?page=150"));

    [GlobalCleanup]
    public async Task CleanUp()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>70 % synced, 15 % problems, 10 % pending, 5 % given up, their outcomes spread over the last 24 hours.</summary>
    private static async Task SeedAsync(SqliteSyncStore store, Instant now)
    {
        var keys = Enumerable.Range(0, Documents).Select(i => $"V-{i:D6}").ToList();
        await store.AddPendingAsync("orders", keys, now - Duration.FromDays(2), default);
        var random = new Random(21);
        foreach (var key in keys)
        {
            var roll = random.Next(100);
            if (roll < 10)
            {
                continue; // pending
            }

            var read = (await store.FindAsync("orders", key, default))!;
            var at = now - Duration.FromMinutes(random.Next(24 * 60));
            var code = Codes[random.Next(Codes.Length)];
            var status = roll switch
            {
                < 80 => read.Value with { State = DocumentSyncState.Synced, Attempts = 1 },
                < 95 => read.Value with
                {
                    State = DocumentSyncState.Problem, Attempts = 1 + random.Next(5), FailureKind = DocumentFailureKind.Rejected, ErrorCode = code,
                    Description = $"The ERP refused the order ({code}).", NextAttemptAt = now + Duration.FromMinutes(random.Next(120)),
                },
                _ => read.Value with { State = DocumentSyncState.GivenUp, Attempts = 10, ErrorCode = code, Description = "Given up by an operator." },
            };
            await store.SaveAsync(status with { UpdatedAt = at }, read.Version, default);
            await store.CountOutcomeAsync("orders", status.State == DocumentSyncState.Synced, at, default); // as the ledger counts each send
        }

        foreach (var pull in new[] { "families-store-1", "products-store-1", "stock-store-1" })
        {
            await store.SaveAsync(pull, new SyncCheckpoint
            {
                ChangedSince = now,
                LastRun = new SyncRunRecord { StartedAt = now - Duration.FromMinutes(3), FinishedAt = now - Duration.FromMinutes(1), Records = 4200, Pages = 5 },
            }, 0, default);
        }
    }
}
