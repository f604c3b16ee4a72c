using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>What a <see cref="FileSyncCheckpointStore"/> file holds: the checkpoint and its version.</summary>
internal sealed record CheckpointFile
{
    [JsonPropertyName("version")]
    public long Version { get; init; }

    [JsonPropertyName("checkpoint")]
    public SyncCheckpoint? Checkpoint { get; init; }
}
