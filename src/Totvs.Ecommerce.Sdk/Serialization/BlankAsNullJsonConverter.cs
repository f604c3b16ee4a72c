using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>
/// Reads an optional value: absent, <c>null</c> or a blank string (Progress sends <c>""</c> for "none") is
/// <see langword="null"/>; anything else must be a valid <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TConverter">The converter of a present value.</typeparam>
internal sealed class BlankAsNullJsonConverter<T, TConverter> : JsonConverter<T?>
    where T : struct
    where TConverter : JsonConverter<T>, new()
{
    private static readonly TConverter Element = new();

    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && string.IsNullOrWhiteSpace(reader.GetString())))
        {
            return null;
        }

        return Element.Read(ref reader, typeof(T), options);
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present)
        {
            Element.Write(writer, present, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
