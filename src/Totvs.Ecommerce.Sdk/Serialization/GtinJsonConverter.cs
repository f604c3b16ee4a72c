using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Reads and writes a <see cref="Gtin"/> as its digits; an invalid code is a <see cref="JsonException"/> saying why.</summary>
internal sealed class GtinJsonConverter : JsonConverter<Gtin>
{
    public override Gtin Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => reader.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new JsonException($"Expected a GTIN string but found {reader.TokenType}."),
        };
        return Gtin.TryParse(text, out var gtin, out var error) ? gtin : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, Gtin value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
