using System.Text.Json.Nodes;
using Npgsql;
using Xunit.Abstractions;

namespace Totvs.Ecommerce.Sdk.Samples.Tests.EndToEnd;

/// <summary>
/// The unit of proof: the connector <c>dotnet new totvs-connector</c> makes, built from the packed packages, run as its
/// own process against <c>totvs-fake-datasul</c> (another process) with latency, lost answers and 503 + Retry-After;
/// killed with SIGKILL at random moments while the ERP changes prices, stock and links and bills orders; down longer than
/// the overlap by the ERP's clock; its first catalog pull longer than the overlap. Checked from outside: every store order
/// in the ERP exactly once, the store's catalog copy equal to what the ERP publishes, every invoice's status fed back.
/// </summary>
[Collection(DotnetBuildsCollection.Name)]
public sealed class TemplateConnectorEndToEndTests(LocalFeed feed, ITestOutputHelper log)
{
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_template_connector_killed_at_random_on_SQLite_loses_nothing_creates_nothing_twice_and_keeps_the_ERPs_catalog()
    {
        var connector = await feed.ConnectorAsync();
        await using var erp = await ErpWorld.StartAsync(await feed.ToolAsync(), EndToEndSize.Items);
        var store = feed.NewFolder("e2e-sqlite");
        await erp.WriteOrdersAsync(store, EndToEndSize.Orders);
        using var patience = new CancellationTokenSource(EndToEndSize.Patience);
        var random = new Random(2026_12_07);
        var arguments = Arguments(erp, store, "replica-1", $"--Connector:StateFile={Path.Combine(store, "state.db")}");

        for (var kill = 1; kill <= EndToEndSize.Kills; kill++)
        {
            await using (var run = ConnectorRun.Start(connector, arguments))
            {
                if (kill == 1)
                {
                    await PullLongerThanTheOverlapAsync(run, erp, patience.Token);
                }

                Assert.True(await run.ReadLinesAsync(random.Next(5, 60), patience.Token), $"The connector ended before its kill:\n{run.Tail}");
                await run.KillAsync();
            }

            // Down while the ERP goes on: every other time longer than the overlap by the ERP's own clock.
            await erp.ChangeCatalogAsync(EndToEndSize.Items);
            await erp.InvoiceAsync(all: false);
            await erp.AdvanceClockAsync(kill % 2 == 1 ? Overlap * 2 : TimeSpan.FromSeconds(30));
        }

        await using var last = ConnectorRun.Start(connector, arguments);
        await ConvergeAsync([last], erp, store, patience.Token);
        Assert.Equal(0, await last.StopAsync());

        await AssertNothingLostNorDoubledAsync(erp, store);
    }

    [Fact]
    public async Task Three_template_connectors_on_PostgreSQL_one_killed_share_the_work_and_lose_nothing()
    {
        var connectionString = Environment.GetEnvironmentVariable("TOTVS_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(connectionString),
            "TOTVS_TEST_POSTGRES is not set: run the tests with build/test.sh (it starts a throw-away PostgreSQL) or point it at a server.");
        var database = $"e2e_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(connectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", server);
            await create.ExecuteNonQueryAsync();
        }

        var state = new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;
        var connector = await feed.ConnectorAsync();
        await using var erp = await ErpWorld.StartAsync(await feed.ToolAsync(), EndToEndSize.Items);
        var store = feed.NewFolder("e2e-postgres");
        await erp.WriteOrdersAsync(store, EndToEndSize.Orders);
        using var patience = new CancellationTokenSource(EndToEndSize.Patience);
        var random = new Random(2026_12_08);
        var replicas = Enumerable.Range(1, 3).Select(r => ConnectorRun.Start(connector, Arguments(erp, store, $"replica-{r}", $"--ConnectionStrings:ConnectorState={state}"))).ToList();
        try
        {
            await PullLongerThanTheOverlapAsync(replicas[0], erp, patience.Token);
            Assert.True(await replicas[1].ReadLinesAsync(random.Next(10, 60), patience.Token), $"replica-2 ended before its kill:\n{replicas[1].Tail}");
            await replicas[1].KillAsync(); // its leases and claims pass to the others when they expire
            await erp.ChangeCatalogAsync(EndToEndSize.Items);
            await erp.InvoiceAsync(all: false);
            await erp.AdvanceClockAsync(Overlap * 2);

            await ConvergeAsync([replicas[0], replicas[2]], erp, store, patience.Token);
            Assert.Equal(0, await replicas[0].StopAsync());
            Assert.Equal(0, await replicas[2].StopAsync());
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }

        await AssertNothingLostNorDoubledAsync(erp, store);
        var agents = await erp.UserAgentsAsync();
        Assert.All(Enumerable.Range(1, 3), r => Assert.Contains(agents, agent => agent.StartsWith($"Acme.Connector (replica-{r}) Totvs.Ecommerce.Sdk/", StringComparison.Ordinal)));
    }

    private static string[] Arguments(ErpWorld erp, string store, string replica, string state) =>
    [
        "--urls", "http://127.0.0.1:0",
        $"--Totvs:Ecommerce:BaseAddress={erp.Address}",
        "--Totvs:Ecommerce:AllowInsecureHttp=true",
        "--Totvs:Ecommerce:Authentication:Username=integration",
        "--Totvs:Ecommerce:Authentication:Password=fake-password",
        "--Connector:Storefront=Files",
        $"--Connector:StorefrontFolder={store}",
        "--Connector:CatalogInterval=00:00:01",
        "--Connector:OrderInterval=00:00:01",
        "--Connector:StatusInterval=00:00:01",
        "--Connector:OrderConcurrency=8",
        "--Connector:TakeOverAfter=00:00:15", // a killed replica's leases and claims pass to the others after this
        $"--Connector:ReplicaName={replica}",
        state,
    ];

    /// <summary>
    /// Once the families are pulled, the products pull (a page every 100 ms) is under way: the ERP's clock jumps twice past
    /// the overlap while it changes the catalog, so that pull lasts longer than the overlap by the ERP's clock.
    /// </summary>
    private static async Task PullLongerThanTheOverlapAsync(ConnectorRun run, ErpWorld erp, CancellationToken cancellationToken)
    {
        Assert.True(await run.WaitForLineAsync(line => Task.FromResult(line.Contains("Pull families-1 finished", StringComparison.Ordinal)), cancellationToken),
            $"The connector ended before its first pull:\n{run.Tail}");
        await erp.AdvanceClockAsync(Overlap + TimeSpan.FromMinutes(1));
        await erp.ChangeCatalogAsync(EndToEndSize.Items);
        await erp.AdvanceClockAsync(Overlap + TimeSpan.FromMinutes(1));
        await erp.ChangeCatalogAsync(EndToEndSize.Items);
    }

    /// <summary>
    /// Lets the connectors run to the end of the work: every order in the ERP, then every order billed (a tenth of the
    /// invoices cancelled) and a last catalog change, until the store holds every invoice's status and a catalog equal to
    /// the ERP's — checked each time a cycle ends, never by waiting a set time.
    /// </summary>
    private async Task ConvergeAsync(IReadOnlyList<ConnectorRun> runs, ErpWorld erp, string store, CancellationToken cancellationToken)
    {
        var phase = 0;
        IReadOnlyList<string> differences = ["not checked yet"];
        var checking = new SemaphoreSlim(1, 1); // the replicas' lines come at once: one check at a time
        async Task<bool> DoneAsync(string line)
        {
            // Checked when a catalog or status cycle ends (the orders' are counted too until all are in).
            if (!line.Contains(": cycle done", StringComparison.Ordinal) || (phase == 1 && line.Contains("orders: cycle done", StringComparison.Ordinal)))
            {
                return false;
            }

            await checking.WaitAsync(cancellationToken);
            try
            {
                return await CheckAsync();
            }
            finally
            {
                checking.Release();
            }
        }

        async Task<bool> CheckAsync()
        {
            if (phase == 2)
            {
                return true; // the other replica's lines, after the work was done
            }

            if (phase == 0 && (await erp.OrdersAsync()).Count >= EndToEndSize.Orders)
            {
                await erp.InvoiceAsync(all: true);
                await erp.ChangeCatalogAsync(EndToEndSize.Items);
                phase = 1;
                return false;
            }

            if (phase == 1)
            {
                differences = [.. StoreCatalog.Differences(await erp.CatalogAsync(), StoreCatalog.ReadCopy(store)), .. InvoiceDifferences(await erp.InvoicesAsync(), store)];
                phase = differences.Count == 0 ? 2 : 1;
                return phase == 2;
            }

            return false;
        }

        var watched = runs.Select(run => run.WaitForLineAsync(DoneAsync, cancellationToken)).ToList();
        try
        {
            var first = await Task.WhenAny(watched);
            Assert.True(await first, $"A connector ended before the work was done:\n{string.Join("\n---\n", runs.Select(r => r.Tail))}");
        }
        catch (OperationCanceledException)
        {
            var kept = Path.Combine(Path.GetTempPath(), "totvs-e2e-failure-" + Guid.NewGuid().ToString("N")[..8]);
            CopyFolder(store, kept); // the storefront's files, kept for the investigation
            await File.WriteAllLinesAsync(Path.Combine(kept, "erp-catalog-differences.txt"), differences);
            await File.WriteAllTextAsync(Path.Combine(kept, "journal.json"), await erp.JournalTextAsync());
            await File.WriteAllTextAsync(Path.Combine(kept, "output.txt"), string.Join("\n---\n", runs.Select(r => r.Tail)));
            Assert.Fail($"The store's files are kept in {kept}. " +$"No convergence within {EndToEndSize.Patience} (phase {phase}); first differences:\n{string.Join("\n", differences.Take(20))}\n" +
                $"last output:\n{string.Join("\n---\n", runs.Select(r => r.Tail[^Math.Min(r.Tail.Length, 4000)..]))}");
        }
    }

    private async Task AssertNothingLostNorDoubledAsync(ErpWorld erp, string store)
    {
        var orders = await erp.OrdersAsync();
        Assert.Equal(EndToEndSize.Orders, orders.Count); // none lost, none created twice
        Assert.Equal(Enumerable.Range(1, EndToEndSize.Orders).Select(i => $"S-{i:D6}"), orders.Select(o => o.CustomerOrderId).Order(StringComparer.Ordinal));
        Assert.Empty(StoreCatalog.Differences(await erp.CatalogAsync(), StoreCatalog.ReadCopy(store)));
        var invoices = await erp.InvoicesAsync();
        Assert.Empty(InvoiceDifferences(invoices, store));
        var notices = Notices(store);
        var repeated = notices.GroupBy(n => n).Count(g => g.Count() > 1);
        log.WriteLine($"{orders.Count} orders, {invoices.Count} invoices ({notices.Count} notices, {repeated} repeated after a kill), " +
            $"a catalog of {EndToEndSize.Items} items equal to the ERP's.");
        Assert.True(repeated <= EndToEndSize.Kills * 4, $"{repeated} invoice notices repeated: more than the kills can explain");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Each invoice whose current status the store was not told last.</summary>
    private static IEnumerable<string> InvoiceDifferences(Dictionary<string, string> erp, string store)
    {
        var told = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, status) in Notices(store))
        {
            told[key] = status;
        }

        return erp.Where(i => !told.TryGetValue(i.Key, out var status) || status != i.Value)
            .Select(i => $"invoice {i.Key}: ERP {i.Value}, store {(told.TryGetValue(i.Key, out var s) ? s : "(not told)")}");
    }

    private static List<(string Key, string Status)> Notices(string store)
    {
        var file = Path.Combine(store, "invoices.jsonl");
        if (!File.Exists(file))
        {
            return [];
        }

        var notices = new List<(string, string)>();
        foreach (var line in File.ReadLines(file))
        {
            try
            {
                if (JsonNode.Parse(line) is { } notice)
                {
                    notices.Add((notice["key"]!.GetValue<string>(), notice["status"]!.GetValue<string>()));
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // cut short by a kill
            }
        }

        return notices;
    }
}
