using System.Data.Common;
using Microsoft.Data.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Sync.Storage;

namespace Totvs.Ecommerce.Sdk.Sqlite;

/// <summary>
/// The sync state in one SQLite file — checkpoints, leases, the document ledger and the product map — created and
/// migrated on first use: the embedded default for a connector on one machine. Several processes on that machine may
/// share the file (SQLite serialises their writes); for replicas on several machines use the PostgreSQL store.
/// </summary>
/// <remarks>
/// The file runs in WAL mode with <c>synchronous=NORMAL</c>: a killed process loses nothing it committed; a power cut may
/// lose the last commits, which at worst sends a document again (and the ERP's natural key finds it).
/// </remarks>
public sealed class SqliteSyncStore : RelationalSyncStore, IAsyncDisposable
{
    /// <summary>The table prefix used when none is given.</summary>
    public const string DefaultTablePrefix = "totvs_sync_";

    private readonly string connectionString;

    /// <summary>Creates the store over a database file; the file and its folder are created when missing.</summary>
    /// <param name="path">The database file, e.g. <c>./state/connector.db</c>.</param>
    /// <param name="tablePrefix">The prefix of the store's tables.</param>
    public SqliteSyncStore(string path, string tablePrefix = DefaultTablePrefix)
        : base(tablePrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,

            // How long a write waits for another process's write to finish (SQLite allows one writer at a time).
            DefaultTimeout = 30,
        }.ToString();
        DatabasePath = System.IO.Path.GetFullPath(path);
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// Closes the pooled connections to the file (as <c>PostgreSqlSyncStore</c> closes its data source), so the file can be
    /// moved or deleted; a later call opens new ones.
    /// </summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var pragmas = connection.CreateCommand();
            await using var pragmasScope = pragmas.ConfigureAwait(false);
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"SQLite sync store {DatabasePath}";
}
