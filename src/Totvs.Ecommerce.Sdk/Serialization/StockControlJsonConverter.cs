using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Catalog;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Reads and writes a <see cref="StockControl"/> as its wire text.</summary>
internal sealed class StockControlJsonConverter : JsonConverter<StockControl>
{
    public override StockControl Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new StockControl(reader.GetString()!)
            : throw new JsonException($"Expected stockControl as a string (item or reference) but found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, StockControl value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
