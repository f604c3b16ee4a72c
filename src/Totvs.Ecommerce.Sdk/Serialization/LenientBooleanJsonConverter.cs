using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// Reads a flag Datasul sends as <c>true</c>/<c>false</c>, as the strings <c>"true"</c>/<c>"false"</c>, or as
/// <c>null</c> (read as <see langword="false"/>), such as a page's <c>hasNext</c>. Anything else is a <see cref="JsonException"/>
/// naming the value.
/// </summary>
internal sealed class LenientBooleanJsonConverter : JsonConverter<bool>
{
    public override bool HandleNull => true;

    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadFlag(ref reader);

    /// <summary>Reads the flag at the reader's current token.</summary>
    public static bool ReadFlag(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False or JsonTokenType.Null => false,
        JsonTokenType.String => bool.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"Expected true or false, not '{reader.GetString()}'."),
        _ => throw new JsonException($"Expected true or false, not a {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
