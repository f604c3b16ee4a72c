using System.Text.Json;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Keeps each checkpoint in a JSON file of a folder (<c>{name}.checkpoint.json</c>), with its version. Each write goes to
/// a temporary file of its own, flushed to the disk, which then replaces the checkpoint atomically: a crash never leaves
/// half a file. Writers of one folder (threads or processes on one machine) take turns through a lock file, and a write
/// whose expected version is no longer the file's is refused (<see cref="SyncConflictException"/>). For several machines,
/// use the PostgreSQL store.
/// </summary>
public sealed class FileSyncCheckpointStore : ISyncCheckpointStore
{
    /// <summary>The longest a writer waits for another's turn before giving up.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    private readonly string folder;

    /// <summary>Creates the store; the folder is created when missing.</summary>
    /// <param name="folder">Where the checkpoint files live.</param>
    public FileSyncCheckpointStore(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        this.folder = folder;
        Directory.CreateDirectory(folder);
    }

    /// <inheritdoc />
    public async Task<Versioned<SyncCheckpoint>?> LoadAsync(string name, CancellationToken cancellationToken)
    {
        var file = await ReadAsync(PathOf(name), cancellationToken).ConfigureAwait(false);
        return file is null ? null : new Versioned<SyncCheckpoint>(file.Checkpoint!, file.Version);
    }

    /// <inheritdoc />
    public async Task<long> SaveAsync(string name, SyncCheckpoint checkpoint, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var path = PathOf(name);
        var turn = await TakeTurnAsync(path, cancellationToken).ConfigureAwait(false);
        await using var turnScope = turn.ConfigureAwait(false);
        var current = (await ReadAsync(path, cancellationToken).ConfigureAwait(false))?.Version ?? 0;
        if (current != expectedVersion)
        {
            throw new SyncConflictException(name, expectedVersion);
        }

        // A temporary file of this write alone, flushed to the disk before it replaces the checkpoint, so a crash leaves
        // the old checkpoint or the new one, never an empty or half file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                var file = new CheckpointFile { Version = current + 1, Checkpoint = checkpoint };
                await stream.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(file, SyncJsonContext.WithNodaTime.CheckpointFile), cancellationToken)
                    .ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return current + 1;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task<CheckpointFile?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = File.OpenRead(path);
        await using var streamScope = stream.ConfigureAwait(false);
        try
        {
            var file = await JsonSerializer.DeserializeAsync(stream, SyncJsonContext.WithNodaTime.CheckpointFile, cancellationToken).ConfigureAwait(false);
            return file?.Checkpoint is null || file.Version < 1
                ? throw new InvalidDataException($"The checkpoint file {path} has no versioned checkpoint (an older format?). Delete it to pull everything again.")
                : file;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The checkpoint file {path} is not a checkpoint ({ex.Message}). Delete it to pull everything again.", ex);
        }
    }

    /// <summary>Waits for this writer's turn on one checkpoint: an exclusive lock file, which the system frees even when a process dies.</summary>
    private static async Task<FileStream> TakeTurnAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + LockWait;
        var delay = TimeSpan.FromMilliseconds(1);
        while (true)
        {
            try
            {
                return new FileStream($"{path}.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 50));
            }
        }
    }

    private string PathOf(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"Checkpoint name '{name}' cannot be a file name; use letters, digits and dashes.", nameof(name));
        }

        return Path.Combine(folder, $"{name}.checkpoint.json");
    }
}
