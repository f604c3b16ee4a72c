using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// A Datasul code list (situations, entity type, modality, credit) as the number the ERP stores, read from a JSON
/// number or a numeric string. A number the SDK does not document still reads, as itself: a newer release adding a
/// situation must not make the record unreadable.
/// </summary>
/// <typeparam name="TEnum">The enum, whose underlying type is <see cref="int"/>.</typeparam>
internal sealed class IntegerEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        int number;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out number))
        {
            return Unsafe.As<int, TEnum>(ref number);
        }

        if (reader.TokenType == JsonTokenType.String
            && int.TryParse(reader.GetString(), NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out number))
        {
            return Unsafe.As<int, TEnum>(ref number);
        }

        throw new JsonException(
            $"Expected a whole JSON number (a {typeof(TEnum).Name} code), but a JSON {JsonErrors.KindOf(reader.TokenType)} arrived.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Unsafe.As<TEnum, int>(ref value));
}
