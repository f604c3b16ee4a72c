using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>Reads the values the fake needs from a wire document (names as published; values already checked by <c>SchemaCheck</c>).</summary>
internal static class WireValues
{
    public static string? Text(JsonObject record, string name) => record[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
        ? value.GetValue<string>()
        : record[name] is JsonValue number && number.GetValueKind() == JsonValueKind.Number ? number.ToJsonString() : null;

    public static long? Long(JsonObject record, string name) => Number(record[name]) is { } text
        && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static decimal? Decimal(JsonObject record, string name) => Number(record[name]) is { } text
        && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The digits of a number (or of a numeric string), however the node was made (parsed or built from an int, long or decimal).</summary>
    private static string? Number(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.String => value.GetValue<string>(),
            _ => null,
        }
        : null;

    public static bool Flag(JsonObject record, string name) => record[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public static JsonObject? Object(JsonObject record, string name) => record[name] as JsonObject;

    public static IEnumerable<JsonObject> Records(JsonObject record, string name) => (record[name] as JsonArray)?.OfType<JsonObject>() ?? [];
}
