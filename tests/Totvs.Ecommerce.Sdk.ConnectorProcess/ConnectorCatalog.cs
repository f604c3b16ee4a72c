using Microsoft.Data.Sqlite;
using Totvs.Ecommerce.Sdk.Skus;

namespace Totvs.Ecommerce.Sdk.ConnectorProcess;

/// <summary>The connector's copy of the catalog (what it would publish to the store), upserted page by page.</summary>
internal sealed class ConnectorCatalog(string connectionString)
{
    public static async Task<ConnectorCatalog> OpenAsync(string path)
    {
        var catalog = new ConnectorCatalog(new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString());
        await using var connection = await catalog.OpenConnectionAsync(default);
        await using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE IF NOT EXISTS catalog (sku TEXT NOT NULL PRIMARY KEY, description TEXT, last_update TEXT)";
        await create.ExecuteNonQueryAsync();
        return catalog;
    }

    public async Task UpsertAsync(IReadOnlyList<Sku> page, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        foreach (var sku in page)
        {
            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = "INSERT INTO catalog (sku, description, last_update) VALUES (@sku, @description, @at) " +
                "ON CONFLICT (sku) DO UPDATE SET description = excluded.description, last_update = excluded.last_update";
            upsert.Parameters.AddWithValue("@sku", $"{sku.ItemCode.Value}|{sku.ReferenceCode?.Value}");
            upsert.Parameters.AddWithValue("@description", (object?)sku.Description ?? DBNull.Value);
            upsert.Parameters.AddWithValue("@at", sku.LastUpdate?.ToString() ?? (object)DBNull.Value);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
        await wal.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
