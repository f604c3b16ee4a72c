using System.Globalization;
using System.Text.Json;

namespace Totvs.Ecommerce.Sdk.Serialization;

/// <summary>Reads a code that Datasul sends as a string (or, for numeric codes, sometimes as a number).</summary>
internal static class ErpCodeJson
{
    public static string? ReadText(ref Utf8JsonReader reader, string what) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.GetDecimal().ToString(CultureInfo.InvariantCulture),
        _ => throw new JsonException($"Expected the {what} as a string but found {reader.TokenType}."),
    };
}
