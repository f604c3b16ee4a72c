using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>Source-generated JSON of the sync toolkit's files.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, Converters = [typeof(InstantIsoConverter)])]
[JsonSerializable(typeof(SyncCheckpoint))]
internal sealed partial class SyncJsonContext : JsonSerializerContext;

/// <summary>Writes an <see cref="Instant"/> as ISO-8601 UTC in the sync toolkit's files.</summary>
internal sealed class InstantIsoConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        InstantPattern.ExtendedIso.Parse(reader.GetString() ?? string.Empty) is { Success: true } result
            ? result.Value
            : throw new JsonException($"'{reader.GetString()}' is not an ISO-8601 instant.");

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
