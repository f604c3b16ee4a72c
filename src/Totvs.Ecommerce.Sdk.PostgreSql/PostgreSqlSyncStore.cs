using System.Data.Common;
using Npgsql;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Sync.Storage;

namespace Totvs.Ecommerce.Sdk.PostgreSql;

/// <summary>
/// The sync state in PostgreSQL — checkpoints, leases, the document ledger and the product map — shared by the replicas
/// of a connector: claims skip each other's rows (<c>FOR UPDATE SKIP LOCKED</c>), leases keep a pull on one replica, and
/// every save is a compare-and-swap. The tables are created and migrated on first use (one replica at a time).
/// </summary>
public sealed class PostgreSqlSyncStore : RelationalSyncStore, IAsyncDisposable
{
    /// <summary>The table prefix used when none is given.</summary>
    public const string DefaultTablePrefix = "totvs_sync_";

    private readonly NpgsqlDataSource dataSource;
    private readonly bool ownsDataSource;

    /// <summary>
    /// Creates the store over a connection string; the store owns its connection pool (dispose the store to close it).
    /// Its sessions commit with <c>synchronous_commit=off</c> unless the connection string sets <c>Options</c>: a commit
    /// returns before the server flushes it, so a crash of the database server (not of the connector) may lose the last
    /// fraction of a second of state — at worst an order is sent again and the ERP's natural key finds it, the same
    /// trade as the SQLite store's — and the store's time per order stays well under a millisecond.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Username=connector;Password=…;Database=connector</c>.</param>
    /// <param name="tablePrefix">The prefix of the store's tables.</param>
    public PostgreSqlSyncStore(string connectionString, string tablePrefix = DefaultTablePrefix)
        : this(NpgsqlDataSource.Create(WithAsynchronousCommit(connectionString)), tablePrefix, ownsDataSource: true)
    {
    }

    /// <summary>Creates the store over an application's data source (which the application keeps and disposes).</summary>
    /// <param name="dataSource">The data source.</param>
    /// <param name="tablePrefix">The prefix of the store's tables.</param>
    public PostgreSqlSyncStore(NpgsqlDataSource dataSource, string tablePrefix = DefaultTablePrefix)
        : this(dataSource, tablePrefix, ownsDataSource: false)
    {
    }

    private PostgreSqlSyncStore(NpgsqlDataSource dataSource, string tablePrefix, bool ownsDataSource)
        : base(tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        this.dataSource = dataSource;
        this.ownsDataSource = ownsDataSource;
    }

    /// <inheritdoc />
    protected override string ClaimLockClause => "FOR UPDATE SKIP LOCKED";

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ownsDataSource ? dataSource.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override async Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Replicas starting together would otherwise race on CREATE TABLE IF NOT EXISTS (PostgreSQL may then fail one of them).
        var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@prefix))", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        await using var commandScope = command.ConfigureAwait(false);
        command.Parameters.AddWithValue("prefix", TablePrefix);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string WithAsynchronousCommit(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options ??= "-c synchronous_commit=off";
        return builder.ConnectionString;
    }

    /// <inheritdoc />
    public override string ToString() => $"PostgreSQL sync store (tables {TablePrefix}*)";
}
