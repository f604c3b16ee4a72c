using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync.Storage;

/// <summary>The read-only queries of an operator's screen: documents by page, counts, outcomes per hour, checkpoints.</summary>
public abstract partial class RelationalSyncStore
{
    /// <inheritdoc />
    public async Task<DocumentPage> QueryDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var where = new StringBuilder("WHERE 1 = 1");
        where.Append(query.Kind is null ? string.Empty : " AND kind = @kind");
        where.Append(query.State is null ? string.Empty : " AND state = @state");
        where.Append(query.ChangedFrom is null ? string.Empty : " AND updated_at >= @from");
        where.Append(query.ChangedBefore is null ? string.Empty : " AND updated_at < @before");
        (string, object?)[] parameters =
        [
            ("kind", query.Kind), ("state", (long?)query.State), ("from", query.ChangedFrom?.ToUnixTimeMilliseconds()),
            ("before", query.ChangedBefore?.ToUnixTimeMilliseconds()), ("skip", (long)query.Skip), ("take", (long)query.Take),
        ];
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var total = await Sql.ScalarAsync(connection, null, $"SELECT COUNT(*) FROM {Table("documents")} {where}", cancellationToken, parameters).ConfigureAwait(false);
        var page = await ReadDocumentsAsync(connection,
            $"SELECT {DocumentColumns} FROM {Table("documents")} {where} ORDER BY updated_at DESC, kind, document_key LIMIT @take OFFSET @skip",
            cancellationToken, parameters).ConfigureAwait(false);
        return new DocumentPage(page.Select(d => d.Value).ToList(), Convert.ToInt32(total, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentStateCount>> CountDocumentsAsync(CancellationToken cancellationToken)
    {
        var counts = new List<DocumentStateCount>();
        await ReadRowsAsync($"SELECT kind, state, COUNT(*) FROM {Table("documents")} GROUP BY kind, state ORDER BY kind, state", reader =>
            counts.Add(new DocumentStateCount(reader.GetString(0), (DocumentSyncState)reader.GetInt64(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture))),
            cancellationToken).ConfigureAwait(false);
        return counts;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<NamedCheckpoint>> ListCheckpointsAsync(CancellationToken cancellationToken)
    {
        var list = new List<NamedCheckpoint>();
        await ReadRowsAsync($"SELECT name, body FROM {Table("checkpoints")} ORDER BY name", reader =>
        {
            var name = reader.GetString(0);
            var checkpoint = JsonSerializer.Deserialize(reader.GetString(1), SyncJsonContext.WithNodaTime.SyncCheckpoint)
                ?? throw new InvalidDataException($"Checkpoint '{name}' in {Table("checkpoints")} is empty; delete its row to pull everything again.");
            list.Add(new NamedCheckpoint(name, checkpoint));
        }, cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <summary>Runs a query and hands each row to <paramref name="read"/>.</summary>
    private async Task ReadRowsAsync(string text, Action<DbDataReader> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var command = Sql.Command(connection, null, text, parameters);
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            read(reader);
        }
    }
}
