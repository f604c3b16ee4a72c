using System.Data.Common;

namespace Totvs.Ecommerce.Sdk.Sync.Storage;

/// <summary>
/// The tables of a <see cref="RelationalSyncStore"/> and their migrations, in SQL that SQLite and PostgreSQL both read.
/// A migration is never edited once shipped: a change is a new one at the end of the list.
/// </summary>
internal static class StoreSchema
{
    private static readonly string[][] Migrations =
    [
        [
            "CREATE TABLE IF NOT EXISTS {p}checkpoints (name TEXT NOT NULL PRIMARY KEY, version BIGINT NOT NULL, body TEXT NOT NULL, updated_at BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS {p}leases (name TEXT NOT NULL PRIMARY KEY, holder TEXT NOT NULL, token BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS {p}documents (kind TEXT NOT NULL, document_key TEXT NOT NULL, version BIGINT NOT NULL, state BIGINT NOT NULL, " +
            "attempts BIGINT NOT NULL, failure_kind BIGINT NULL, error_code TEXT NULL, error_message TEXT NULL, next_attempt_at BIGINT NULL, " +
            "holder TEXT NULL, claimed_until BIGINT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (kind, document_key))",
            // Only documents that may become due are indexed, in the order they are claimed: a claim stays as fast with a
            // million synced documents as with none.
            "CREATE INDEX IF NOT EXISTS {p}documents_due ON {p}documents (kind, COALESCE(next_attempt_at, created_at), document_key) WHERE state IN (0, 2)",
            "CREATE TABLE IF NOT EXISTS {p}product_map (item_key TEXT NOT NULL PRIMARY KEY, item_code TEXT NOT NULL, version BIGINT NOT NULL, " +
            "partner_product_type TEXT NOT NULL, packaging TEXT NOT NULL, updated_at BIGINT NOT NULL)",
        ],
        [
            // The status page lists documents by their latest change, and charts every send's outcome per hour.
            "CREATE INDEX IF NOT EXISTS {p}documents_updated ON {p}documents (updated_at)",
            "CREATE TABLE IF NOT EXISTS {p}document_outcomes (kind TEXT NOT NULL, hour BIGINT NOT NULL, synced BIGINT NOT NULL, problems BIGINT NOT NULL, " +
            "PRIMARY KEY (kind, hour))",
        ],
    ];

    /// <summary>Applies the migrations the database lacks, in one transaction.</summary>
    public static async Task MigrateAsync(
        DbConnection connection, string prefix, Func<DbConnection, DbTransaction, CancellationToken, Task> lockSchema, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        await lockSchema(connection, transaction, cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, transaction, $"CREATE TABLE IF NOT EXISTS {prefix}schema (version BIGINT NOT NULL)", cancellationToken).ConfigureAwait(false);
        var applied = await Sql.ScalarAsync(connection, transaction, $"SELECT MAX(version) FROM {prefix}schema", cancellationToken).ConfigureAwait(false);
        var version = applied is null or DBNull ? 0 : Convert.ToInt32(applied, System.Globalization.CultureInfo.InvariantCulture);
        if (version > Migrations.Length)
        {
            throw new InvalidOperationException(
                $"The sync tables '{prefix}*' are at schema version {version}, newer than this SDK knows ({Migrations.Length}); update the SDK package.");
        }

        for (var next = version; next < Migrations.Length; next++)
        {
            foreach (var statement in Migrations[next])
            {
                await Sql.ExecuteAsync(connection, transaction, statement.Replace("{p}", prefix, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
            }

            await Sql.ExecuteAsync(connection, transaction, $"INSERT INTO {prefix}schema (version) VALUES ({next + 1})", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
