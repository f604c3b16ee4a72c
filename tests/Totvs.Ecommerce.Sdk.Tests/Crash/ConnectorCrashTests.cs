using Microsoft.Data.Sqlite;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Testing;
using Xunit.Abstractions;

namespace Totvs.Ecommerce.Sdk.Tests.Crash;

/// <summary>
/// A connector process killed with SIGKILL at random moments, restarted each time on the same SQLite file, ends with
/// every order in the ERP exactly once and a catalog equal to a fault-free run's.
/// </summary>
public sealed class ConnectorCrashTests(ITestOutputHelper output) : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "totvs-sdk-tests", "crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_connector_killed_at_random_moments_loses_nothing_and_creates_nothing_twice()
    {
        var fake = new FakeDatasulServer();
        fake.AddStore("1").WithPriceTable("ECOM", "1").WithDeposit("1", "ECO").WithGeneratedCatalog(CrashTestSize.Skus, seed: 16);
        await using var host = await fake.StartLoopbackAsync();
        using var patience = new CancellationTokenSource(CrashTestSize.Patience);
        var random = new Random(2026_11_29);
        string[] Arguments(string state, string catalog, int orders) =>
            ["--base", host.BaseAddress.ToString(), "--store", $"sqlite:{state}", "--catalog-db", catalog, "--orders", orders.ToString(System.Globalization.CultureInfo.InvariantCulture), "--page-size", "500"];
        var state = Path.Combine(folder, "state.db");
        var catalog = Path.Combine(folder, "catalog.db");
        var linesPerRun = (CrashTestSize.Skus / 500) + CrashTestSize.Orders;

        var kills = 0;
        while (kills < CrashTestSize.Kills)
        {
            using var connector = ConnectorProcess.Start(Arguments(state, catalog, CrashTestSize.Orders));
            if (!await connector.ReadLinesAsync(random.Next(1, linesPerRun / CrashTestSize.Kills), patience.Token))
            {
                break; // it finished before this kill
            }

            await connector.KillAsync();
            kills++;
        }

        using var last = ConnectorProcess.Start(Arguments(state, catalog, CrashTestSize.Orders));
        var (exitCode, errors) = await last.WaitAsync(patience.Token);
        Assert.True(exitCode == 0, $"The restarted connector failed ({exitCode}): {errors}");
        using var faultFree = ConnectorProcess.Start(Arguments(Path.Combine(folder, "fault-free-state.db"), Path.Combine(folder, "fault-free-catalog.db"), 0));
        Assert.Equal(0, (await faultFree.WaitAsync(patience.Token)).ExitCode);

        Assert.Equal(CrashTestSize.Kills, kills);
        var created = fake.Journal.Entries.Count(e => e.Method == "POST" && e.Route.EndsWith("ordersPublic", StringComparison.Ordinal) && e.StatusCode is 200 or 201);
        Assert.Equal(CrashTestSize.Orders, fake.Orders.Count);
        Assert.Equal(CrashTestSize.Orders, fake.Orders.Select(o => o.CustomerOrderId).Distinct().Count());
        Assert.Equal(CrashTestSize.Orders, created); // every order created exactly once, though some were sent again after a kill
        var ledger = new DocumentSyncLedger(new SqliteSyncStore(state), "orders");
        Assert.Equal(CrashTestSize.Orders, (await ledger.ListAsync(DocumentSyncState.Synced, int.MaxValue)).Count);
        var crashed = await ReadCatalogAsync(catalog);
        Assert.Equal(CrashTestSize.Skus, crashed.Count);
        Assert.Equal(await ReadCatalogAsync(Path.Combine(folder, "fault-free-catalog.db")), crashed);
        output.WriteLine($"{kills} kills; {CrashTestSize.Orders} orders ({fake.Journal.Entries.Count(e => e.Method == "POST")} POSTs), {crashed.Count} SKUs.");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<string>> ReadCatalogAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sku || '|' || COALESCE(description, '') || '|' || COALESCE(last_update, '') FROM catalog ORDER BY sku";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
