using System.Data.Common;
using System.Text.RegularExpressions;

namespace Totvs.Ecommerce.Sdk.Sync.Storage;

/// <summary>
/// The sync state in a SQL database through ADO.NET: checkpoints, leases, the document ledger and the product map, each
/// row with a version for compare-and-swap. The SQLite and PostgreSQL packages derive from it; a provider supplies its
/// connections and, where its SQL differs, a clause or two. The tables are created and migrated on first use.
/// </summary>
/// <remarks>
/// Times are stored as Unix milliseconds, so the tables read the same in every database. Four tables, named with
/// <see cref="TablePrefix"/>: <c>checkpoints</c>, <c>leases</c>, <c>documents</c>, <c>product_map</c>, and <c>schema</c>
/// which records the migration applied.
/// </remarks>
public abstract partial class RelationalSyncStore : ISyncCheckpointStore, ISyncLeaseStore, IDocumentLedgerStore, IProductMapStore, ISyncStatusReader, IDocumentOutcomeLog
{
    private readonly SemaphoreSlim migration = new(1, 1);
    private volatile bool migrated;

    /// <summary>Creates the store.</summary>
    /// <param name="tablePrefix">The prefix of the store's tables (letters, digits and underscores), e.g. <c>totvs_sync_</c>.</param>
    /// <exception cref="ArgumentException">The prefix is not a plain SQL identifier.</exception>
    protected RelationalSyncStore(string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(tablePrefix);
        if (!ValidPrefix().IsMatch(tablePrefix))
        {
            throw new ArgumentException(
                $"Table prefix '{tablePrefix}' is not a plain SQL identifier; use lowercase letters, digits and underscores, starting with a letter.",
                nameof(tablePrefix));
        }

        TablePrefix = tablePrefix;
    }

    /// <summary>The prefix of the store's tables.</summary>
    public string TablePrefix { get; }

    /// <summary>The clause that makes concurrent claims skip each other's rows (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>); empty where writers are serialised anyway.</summary>
    protected virtual string ClaimLockClause => string.Empty;

    /// <summary>Creates the tables now rather than on first use (e.g. at start-up, to fail fast on a wrong connection).</summary>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task that completes when the tables are ready.</returns>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
    }

    /// <summary>Opens a connection to the database.</summary>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>An open connection; the store disposes it.</returns>
    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Keeps other processes from migrating the same tables at the same time, within <paramref name="transaction"/>
    /// (PostgreSQL: an advisory lock). Nothing by default: a database whose write transactions exclude each other needs none.
    /// </summary>
    /// <param name="connection">The migration's connection.</param>
    /// <param name="transaction">The migration's transaction.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the lock is held.</returns>
    protected virtual Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A connection to a database whose tables are ready.</summary>
    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (migrated)
        {
            return connection;
        }

        try
        {
            await migration.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!migrated)
                {
                    await StoreSchema.MigrateAsync(connection, TablePrefix, LockSchemaAsync, cancellationToken).ConfigureAwait(false);
                    migrated = true;
                }
            }
            finally
            {
                migration.Release();
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private string Table(string name) => TablePrefix + name;

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ValidPrefix();
}
