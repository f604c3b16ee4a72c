using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// Reads a <see cref="Cep"/> from text (with or without the dash) or from a number (which drops leading zeros: they are
/// put back), and writes its 8 digits.
/// </summary>
internal sealed class CepJsonConverter : JsonConverter<Cep>
{
    public override Cep Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && number >= 0
            ? number.ToString("D8", CultureInfo.InvariantCulture)
            : ErpCodeJson.ReadText(ref reader, "CEP");
        return Cep.TryParse(text, out var cep) ? cep : throw new JsonException("The text is not a CEP; expected 8 digits, with or without the dash (e.g. 01310-100).");
    }

    public override void Write(Utf8JsonWriter writer, Cep value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
