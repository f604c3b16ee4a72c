using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;
using Xunit.Abstractions;

namespace Totvs.Ecommerce.Sdk.Tests.Crash;

/// <summary>
/// Three connector processes share one PostgreSQL store and one ERP while one of them is killed mid-run: every order is
/// created exactly once, and the fake's journal shows no pull ran on two replicas at the same time.
/// </summary>
public sealed class ConnectorReplicaTests(ITestOutputHelper output)
{
    [PostgreSqlFact]
    public async Task Three_replicas_share_the_orders_and_take_turns_on_the_pull_while_one_is_killed()
    {
        var fake = new FakeDatasulServer();
        fake.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(CrashTestSize.Skus / 5, seed: 17);
        await using var host = await fake.StartLoopbackAsync();
        using var patience = new CancellationTokenSource(CrashTestSize.Patience);
        var prefix = $"r{Guid.NewGuid():N}"[..12] + "_";
        string[] Arguments(string replica) =>
        [
            "--base", host.BaseAddress.ToString(), "--store", $"postgres:{TestPostgres.ConnectionString}", "--table-prefix", prefix,
            "--orders", CrashTestSize.Orders.ToString(System.Globalization.CultureInfo.InvariantCulture), "--replica", replica,
            "--page-size", "100", "--pull-loop", "true", "--claim-seconds", "300", "--lease-seconds", "300",
        ];

        using var first = ConnectorProcess.Start(Arguments("replica-1"));
        using var second = ConnectorProcess.Start(Arguments("replica-2"));
        using var victim = ConnectorProcess.Start(Arguments("replica-3"));
        Assert.True(await victim.ReadLinesAsync(CrashTestSize.Orders / 10, patience.Token), "The third replica ended before it could be killed.");
        await victim.KillAsync(); // mid-run: it holds claimed orders, and perhaps the pull's lease

        // The survivors finish what they can take, then say "idle": the rest is held by the dead replica. Moving their
        // clocks past its claims and lease (a fake clock across processes: nobody sleeps) hands its work to them.
        var alive = new List<ConnectorProcess> { first, second };
        var advances = 0;
        while (true)
        {
            var idle = await Task.WhenAll(alive.Select(r => r.ReadUntilAsync("idle", patience.Token)));
            alive = alive.Where((_, i) => idle[i]).ToList();
            if (alive.Count == 0)
            {
                break;
            }

            Assert.True(++advances <= 10, "The survivors stay idle however far their clocks move.");
            await Task.WhenAll(alive.Select(r => r.AdvanceClockAsync(TimeSpan.FromMinutes(10))));
        }

        var results = await Task.WhenAll(first.WaitAsync(patience.Token), second.WaitAsync(patience.Token));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, $"A replica failed ({r.ExitCode}): {r.Errors}"));
        var posts = fake.Journal.Entries.Where(e => e.Method == "POST" && e.Route.EndsWith("ordersPublic", StringComparison.Ordinal)).ToList();
        Assert.Equal(CrashTestSize.Orders, fake.Orders.Count);
        Assert.Equal(CrashTestSize.Orders, fake.Orders.Select(o => o.CustomerOrderId).Distinct().Count());
        Assert.Equal(CrashTestSize.Orders, posts.Count(e => e.StatusCode is 200 or 201)); // created exactly once

        // Each pull run's requests, tagged replica/run in the User-Agent, span an interval of the journal; no two overlap.
        var runs = fake.Journal.Entries.Where(e => e.UserAgent?.StartsWith("replica-", StringComparison.Ordinal) == true)
            .GroupBy(e => e.UserAgent!)
            .Select(g => (Run: g.Key, First: g.Min(e => e.Sequence), Last: g.Max(e => e.Sequence)))
            .OrderBy(r => r.First).ToList();
        Assert.True(runs.Count >= 2, $"Only {runs.Count} pull run(s) happened.");
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i].First > runs[i - 1].Last, $"Pull runs {runs[i - 1].Run} and {runs[i].Run} overlap in the journal.");
        }

        output.WriteLine($"{runs.Count} pull runs on {runs.Select(r => r.Run.Split('/')[0]).Distinct().Count()} replicas; {posts.Count} order POSTs.");
    }
}
