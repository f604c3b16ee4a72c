using System.Collections.Concurrent;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>Keeps checkpoints in memory: for tests, and for pulls that start over with each process.</summary>
public sealed class InMemorySyncCheckpointStore : ISyncCheckpointStore
{
    private readonly ConcurrentDictionary<string, SyncCheckpoint> checkpoints = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<SyncCheckpoint?> LoadAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(checkpoints.GetValueOrDefault(name));

    /// <inheritdoc />
    public Task SaveAsync(string name, SyncCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        checkpoints[name] = checkpoint;
        return Task.CompletedTask;
    }
}
