namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Keeps the checkpoints of incremental pulls between runs, crashes and replicas, each with a version: a save that
/// lost a race is refused, never written over the winner's. Implementations: <see cref="InMemorySyncStore"/>,
/// <see cref="FileSyncCheckpointStore"/>, and the SQLite and PostgreSQL packages.
/// </summary>
public interface ISyncCheckpointStore
{
    /// <summary>Reads a checkpoint.</summary>
    /// <param name="name">The pull's name, e.g. <c>products-store-1</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checkpoint and its version, or <see langword="null"/> when the pull never ran.</returns>
    Task<Versioned<SyncCheckpoint>?> LoadAsync(string name, CancellationToken cancellationToken);

    /// <summary>Writes a checkpoint, so that it survives a crash right after this call, if nobody saved it since it was read.</summary>
    /// <param name="name">The pull's name.</param>
    /// <param name="checkpoint">The checkpoint.</param>
    /// <param name="expectedVersion">The version read (0 when there was none).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="SyncConflictException">Someone else saved the checkpoint since <paramref name="expectedVersion"/>.</exception>
    Task<long> SaveAsync(string name, SyncCheckpoint checkpoint, long expectedVersion, CancellationToken cancellationToken);
}
