namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>Keeps the checkpoints of incremental pulls between runs (and crashes). <see cref="FileSyncCheckpointStore"/> is the default.</summary>
public interface ISyncCheckpointStore
{
    /// <summary>Reads a checkpoint.</summary>
    /// <param name="name">The pull's name, e.g. <c>products-store-1</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checkpoint, or <see langword="null"/> when the pull never ran.</returns>
    Task<SyncCheckpoint?> LoadAsync(string name, CancellationToken cancellationToken);

    /// <summary>Writes a checkpoint so that it survives a crash right after this call.</summary>
    /// <param name="name">The pull's name.</param>
    /// <param name="checkpoint">The checkpoint.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the checkpoint is stored.</returns>
    Task SaveAsync(string name, SyncCheckpoint checkpoint, CancellationToken cancellationToken);
}
