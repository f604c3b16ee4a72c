using System.Text.Json;
using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Reads a CPF or CNPJ (mask allowed) and writes its bare digits; an invalid one is a <see cref="JsonException"/> saying why.</summary>
internal sealed class CpfOrCnpjJsonConverter : JsonConverter<CpfOrCnpj>
{
    public override CpfOrCnpj Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CpfOrCnpj.TryParse(ErpCodeJson.ReadText(ref reader, "CPF or CNPJ"), out var document, out var error) ? document : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, CpfOrCnpj value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
