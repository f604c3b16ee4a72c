using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// Reads a text field that Datasul sometimes sends as a number (codes, ids, CEP: <c>"BranchId": 1</c>) as the
/// number's digits; writes a string. An object, array or boolean is a <see cref="JsonException"/> naming what arrived.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        _ => throw new JsonException($"Expected a JSON string (or a number read as its digits), but a JSON {JsonErrors.KindOf(reader.TokenType)} arrived."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
