using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Reads and writes a <see cref="Uf"/> as its two letters; anything else is a <see cref="JsonException"/>.</summary>
internal sealed class UfJsonConverter : JsonConverter<Uf>
{
    public override Uf Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Uf.TryParse(ErpCodeJson.ReadText(ref reader, "UF"), out var uf) ? uf : throw new JsonException("The text is not a Brazilian UF; expected two letters such as SP.");

    public override void Write(Utf8JsonWriter writer, Uf value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
