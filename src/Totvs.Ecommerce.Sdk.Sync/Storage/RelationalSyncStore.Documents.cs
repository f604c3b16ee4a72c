using System.Data.Common;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync.Storage;

/// <summary>The document ledger: one row per document, claimed by a replica for a while, saved by compare-and-swap.</summary>
public abstract partial class RelationalSyncStore
{
    private const string DocumentColumns =
        "kind, document_key, version, state, attempts, failure_kind, error_code, error_message, next_attempt_at, holder, claimed_until, created_at, updated_at";

    /// <summary>How many documents one insert statement adds.</summary>
    private const int AddBatch = 200;

    /// <inheritdoc />
    public async Task<int> AddPendingAsync(string kind, IReadOnlyCollection<string> documentKeys, Instant now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(documentKeys);
        if (documentKeys.Count == 0)
        {
            return 0;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        var added = 0;
        foreach (var chunk in documentKeys.Chunk(AddBatch))
        {
            var rows = string.Join(", ", chunk.Select((_, i) => $"(@kind, @k{i}, 1, 0, 0, @now, @now)"));
            var parameters = chunk.Select((key, i) => ($"k{i}", (object?)key)).Append(("kind", kind)).Append(("now", now.ToUnixTimeMilliseconds())).ToArray();
            added += await Sql.ExecuteAsync(connection, transaction,
                $"INSERT INTO {Table("documents")} (kind, document_key, version, state, attempts, created_at, updated_at) VALUES {rows} " +
                "ON CONFLICT (kind, document_key) DO NOTHING", cancellationToken, parameters).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <inheritdoc />
    public async Task<Versioned<DocumentSyncStatus>?> FindAsync(string kind, string documentKey, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var found = await ReadDocumentsAsync(connection,
            $"SELECT {DocumentColumns} FROM {Table("documents")} WHERE kind = @kind AND document_key = @key",
            cancellationToken, ("kind", kind), ("key", documentKey)).ConfigureAwait(false);
        return found.SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentSyncStatus>> ListAsync(string kind, DocumentSyncState? state, int limit, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var found = await ReadDocumentsAsync(connection,
            $"SELECT {DocumentColumns} FROM {Table("documents")} WHERE kind = @kind {(state is null ? string.Empty : "AND state = @state")} " +
            "ORDER BY created_at, document_key LIMIT @limit",
            cancellationToken, ("kind", kind), ("state", (long?)state), ("limit", (long)limit)).ConfigureAwait(false);
        return found.Select(d => d.Value).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Versioned<DocumentSyncStatus>>> ClaimDueAsync(
        string kind, string holder, int max, Instant now, Instant claimedUntil, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        var documents = Table("documents");

        // The due condition of DocumentDue, in SQL; the inner select picks the rows, the outer update marks them, in one
        // statement (one transaction), so two replicas never claim the same document.
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var claimed = await ReadDocumentsAsync(connection,
            $"UPDATE {documents} SET holder = @holder, claimed_until = @until, updated_at = @now, version = version + 1 " +
            $"WHERE (kind, document_key) IN (SELECT kind, document_key FROM {documents} WHERE kind = @kind AND state IN (0, 2) " +
            $"AND (state = {(int)DocumentSyncState.Pending} OR (state = {(int)DocumentSyncState.Problem} AND next_attempt_at <= @now)) " +
            "AND (claimed_until IS NULL OR claimed_until <= @now OR holder = @holder) " +
            $"ORDER BY COALESCE(next_attempt_at, created_at), document_key LIMIT @max {ClaimLockClause}) RETURNING {DocumentColumns}",
            cancellationToken, ("holder", holder), ("until", claimedUntil.ToUnixTimeMilliseconds()), ("now", now.ToUnixTimeMilliseconds()), ("kind", kind),
            ("max", (long)max)).ConfigureAwait(false);
        return claimed.OrderBy(d => DocumentDue.OrderOf(d.Value)).ThenBy(d => d.Value.DocumentKey, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<long> SaveAsync(DocumentSyncStatus status, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        (string, object?)[] values =
        [
            ("kind", status.Kind), ("key", status.DocumentKey), ("state", (long)status.State), ("attempts", (long)status.Attempts),
            ("failure", (long?)status.FailureKind), ("code", status.ErrorCode), ("message", status.Description),
            ("next", status.NextAttemptAt?.ToUnixTimeMilliseconds()), ("holder", status.Holder), ("until", status.ClaimedUntil?.ToUnixTimeMilliseconds()),
            ("created", status.CreatedAt.ToUnixTimeMilliseconds()), ("updated", status.UpdatedAt.ToUnixTimeMilliseconds()), ("expected", expectedVersion),
        ];
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var changed = expectedVersion == 0
            ? await Sql.ExecuteAsync(connection, null,
                $"INSERT INTO {Table("documents")} ({DocumentColumns}) VALUES (@kind, @key, 1, @state, @attempts, @failure, @code, @message, @next, " +
                "@holder, @until, @created, @updated) ON CONFLICT (kind, document_key) DO NOTHING", cancellationToken, values).ConfigureAwait(false)
            : await Sql.ExecuteAsync(connection, null,
                $"UPDATE {Table("documents")} SET version = version + 1, state = @state, attempts = @attempts, failure_kind = @failure, error_code = @code, " +
                "error_message = @message, next_attempt_at = @next, holder = @holder, claimed_until = @until, updated_at = @updated " +
                "WHERE kind = @kind AND document_key = @key AND version = @expected", cancellationToken, values).ConfigureAwait(false);
        return changed == 1 ? expectedVersion + 1 : throw new SyncConflictException($"{status.Kind}/{status.DocumentKey}", expectedVersion);
    }

    private static async Task<List<Versioned<DocumentSyncStatus>>> ReadDocumentsAsync(
        DbConnection connection, string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Sql.Command(connection, null, text, parameters);
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        var documents = new List<Versioned<DocumentSyncStatus>>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(new Versioned<DocumentSyncStatus>(
                new DocumentSyncStatus
                {
                    Kind = reader.GetString(0),
                    DocumentKey = reader.GetString(1),
                    State = (DocumentSyncState)reader.GetInt64(3),
                    Attempts = (int)reader.GetInt64(4),
                    FailureKind = (DocumentFailureKind?)Sql.NullableInt64(reader, 5),
                    ErrorCode = Sql.NullableString(reader, 6),
                    Description = Sql.NullableString(reader, 7),
                    NextAttemptAt = Sql.NullableInt64(reader, 8) is { } next ? Instant.FromUnixTimeMilliseconds(next) : null,
                    Holder = Sql.NullableString(reader, 9),
                    ClaimedUntil = Sql.NullableInt64(reader, 10) is { } until ? Instant.FromUnixTimeMilliseconds(until) : null,
                    CreatedAt = Instant.FromUnixTimeMilliseconds(reader.GetInt64(11)),
                    UpdatedAt = Instant.FromUnixTimeMilliseconds(reader.GetInt64(12)),
                },
                reader.GetInt64(2)));
        }

        return documents;
    }
}
