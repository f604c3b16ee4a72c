using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// Reads Datasul timestamps into <see cref="Instant"/>: ISO-8601 with an offset (with or without
/// fraction), and, leniently, a local timestamp without offset, read in the ERP server's zone.
/// Writes the server's local time with its offset.
/// </summary>
internal sealed class DatasulInstantConverter(DateTimeZone serverZone) : JsonConverter<Instant>
{
    private static readonly OffsetDateTimePattern WithOffset = OffsetDateTimePattern.ExtendedIso;
    private static readonly LocalDateTimePattern WithoutOffset = LocalDateTimePattern.ExtendedIso;

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a timestamp string (ISO-8601, e.g. 2026-03-01T10:15:00-03:00) but found {reader.TokenType}.");
        }

        // The usual case, an offset after the time, is parsed straight from the UTF-8 bytes without allocating.
        if (!reader.HasValueSequence && HasOffset(reader.ValueSpan) && reader.TryGetDateTimeOffset(out var fast))
        {
            return Instant.FromDateTimeOffset(fast);
        }

        var text = reader.GetString()!;
        var withOffset = WithOffset.Parse(text);
        if (withOffset.Success)
        {
            return withOffset.Value.ToInstant();
        }

        var local = WithoutOffset.Parse(text);
        if (local.Success)
        {
            return local.Value.InZoneLeniently(serverZone).ToInstant();
        }

        throw new JsonException($"'{text}' is not an ISO-8601 timestamp (expected e.g. 2026-03-01T10:15:00-03:00).");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WithOffset.Format(value.InZone(serverZone).ToOffsetDateTime()));

    /// <summary>Whether the text ends in <c>Z</c> or <c>±hh:mm</c> (a timestamp without offset would be read as the machine's local time).</summary>
    private static bool HasOffset(ReadOnlySpan<byte> text) =>
        text.Length > 19 && (text[^1] == (byte)'Z' || (text.Length >= 25 && text[^3] == (byte)':' && text[^6] is (byte)'+' or (byte)'-'));
}
