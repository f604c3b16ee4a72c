using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Catalog;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Reads and writes a <see cref="UnitOfMeasure"/> as a string; an invalid code is a <see cref="JsonException"/> saying why.</summary>
internal sealed class UnitOfMeasureJsonConverter : JsonConverter<UnitOfMeasure>
{
    public override UnitOfMeasure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnitOfMeasure.TryParse(ErpCodeJson.ReadText(ref reader, "unit of measure"), out var code, out var error) ? code : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, UnitOfMeasure value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
