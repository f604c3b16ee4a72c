using System.Text.Json;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Keeps each checkpoint in a JSON file of a folder (<c>{name}.checkpoint.json</c>). Each write goes to a temporary
/// file of its own, flushed to the disk, which then replaces the checkpoint atomically: a crash never leaves half a
/// file, and two writers never trip on each other's temporary file (the last one wins; there is no compare-and-swap).
/// </summary>
public sealed class FileSyncCheckpointStore : ISyncCheckpointStore
{
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
    public async Task<SyncCheckpoint?> LoadAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, SyncJsonContext.WithNodaTime.SyncCheckpoint, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The checkpoint file {path} is not a checkpoint ({ex.Message}). Delete it to pull everything again.", ex);
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(string name, SyncCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var path = PathOf(name);

        // A temporary file of this write alone (two writers never share one), flushed to the disk before it replaces the
        // checkpoint, so a crash leaves the old checkpoint or the new one, never an empty or half file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(checkpoint, SyncJsonContext.WithNodaTime.SyncCheckpoint), cancellationToken)
                    .ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
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
