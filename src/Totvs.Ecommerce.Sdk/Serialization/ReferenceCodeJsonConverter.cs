using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Catalog;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Reads and writes a <see cref="ReferenceCode"/> as a string; an invalid code is a <see cref="JsonException"/> saying why.</summary>
internal sealed class ReferenceCodeJsonConverter : JsonConverter<ReferenceCode>
{
    public override ReferenceCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReferenceCode.TryParse(ErpCodeJson.ReadText(ref reader, "reference code"), out var code, out var error) ? code : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, ReferenceCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
