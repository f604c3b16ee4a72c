using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Reads and writes an <see cref="NfeAccessKey"/> as its 44 characters; an invalid key is a <see cref="JsonException"/> saying which part is wrong.</summary>
internal sealed class NfeAccessKeyJsonConverter : JsonConverter<NfeAccessKey>
{
    public override NfeAccessKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NfeAccessKey.TryParse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null, out var key, out var error)
            ? key
            : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, NfeAccessKey value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
