using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>Source-generated JSON of the sync toolkit's files, with NodaTime's ISO instant converter.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(SyncCheckpoint))]
[JsonSerializable(typeof(CheckpointFile))]
internal sealed partial class SyncJsonContext : JsonSerializerContext
{
    /// <summary>The context with NodaTime's converters (they need a runtime instance, not an attribute).</summary>
    public static SyncJsonContext WithNodaTime { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Converters = { NodaConverters.InstantConverter },
    });
}
