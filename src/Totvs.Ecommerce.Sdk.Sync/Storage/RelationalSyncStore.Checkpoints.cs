using System.Text.Json;

namespace Totvs.Ecommerce.Sdk.Sync.Storage;

/// <summary>Checkpoints: one row per pull, the checkpoint as JSON.</summary>
public abstract partial class RelationalSyncStore
{
    /// <inheritdoc />
    public async Task<Versioned<SyncCheckpoint>?> LoadAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var command = Sql.Command(connection, null, $"SELECT version, body FROM {Table("checkpoints")} WHERE name = @name", ("name", name));
        await using var commandScope = command.ConfigureAwait(false);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var checkpoint = JsonSerializer.Deserialize(reader.GetString(1), SyncJsonContext.WithNodaTime.SyncCheckpoint)
            ?? throw new InvalidDataException($"Checkpoint '{name}' in {Table("checkpoints")} is empty; delete its row to pull everything again.");
        return new Versioned<SyncCheckpoint>(checkpoint, reader.GetInt64(0));
    }

    /// <inheritdoc />
    public async Task<long> SaveAsync(string name, SyncCheckpoint checkpoint, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(checkpoint);
        var body = JsonSerializer.Serialize(checkpoint, SyncJsonContext.WithNodaTime.SyncCheckpoint);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionScope = connection.ConfigureAwait(false);
        var changed = expectedVersion == 0
            ? await Sql.ExecuteAsync(connection, null,
                $"INSERT INTO {Table("checkpoints")} (name, version, body, updated_at) VALUES (@name, 1, @body, @now) ON CONFLICT (name) DO NOTHING",
                cancellationToken, ("name", name), ("body", body), ("now", now)).ConfigureAwait(false)
            : await Sql.ExecuteAsync(connection, null,
                $"UPDATE {Table("checkpoints")} SET version = version + 1, body = @body, updated_at = @now WHERE name = @name AND version = @expected",
                cancellationToken, ("name", name), ("body", body), ("now", now), ("expected", expectedVersion)).ConfigureAwait(false);
        return changed == 1 ? expectedVersion + 1 : throw new SyncConflictException(name, expectedVersion);
    }
}
