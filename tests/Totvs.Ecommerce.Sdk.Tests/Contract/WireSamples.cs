using System.Text.Json.Nodes;

namespace Totvs.Ecommerce.Sdk.Tests.Contract;

/// <summary>Values of a schema row's published JSON type, in the other JSON kind Datasul also sends, and of a wrong kind.</summary>
public static class WireSamples
{
    /// <summary>A value of the published type that also passes the ERP's field rules.</summary>
    public static JsonNode Published(SchemaRow row, int number = 7) => row.JsonType switch
    {
        "string" when row.IsDate => "2026-03-02",
        "string" when row.Field == "LastUpdate" => "2026-03-02T10:15:00.123-03:00",
        "string" => row.Field switch
        {
            "State" or "BillingState" or "DeliveryState" => "SP",
            "ZipCode" or "BillingZipCode" or "DeliveryZipCode" => "01310100",
            "PersonalId" or "BillingPersonalId" => "52998224725",
            "Email" or "NFeEmail" => "a@b.co",
            _ => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        "integer" => number,
        "decimal" or "number" => 7.25m,
        "boolean" => true,
        "object" => new JsonObject(),
        _ when row.JsonType.StartsWith("array of ", StringComparison.Ordinal) => new JsonArray(new JsonObject()),
        _ => throw new InvalidOperationException($"Unknown JSON type {row.JsonType} of {row}."),
    };

    /// <summary>The same value in the other JSON kind Datasul sends (a code as a number, a number as a string), or null when there is none.</summary>
    public static JsonNode? OtherKind(SchemaRow row, int number = 7) => row.JsonType switch
    {
        "string" when Published(row, number) is JsonValue text && int.TryParse(text.GetValue<string>(), out var digits)
            && digits.ToString(System.Globalization.CultureInfo.InvariantCulture) == text.GetValue<string>() => digits,
        "integer" => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "decimal" or "number" => "7.25",
        _ => null,
    };

    /// <summary>A value no reader should take for the published type.</summary>
    public static JsonNode Wrong(SchemaRow row) => row.JsonType switch
    {
        "string" => new JsonObject { ["not"] = "text" },
        "boolean" => "maybe",
        "object" => new JsonArray(),
        _ when row.JsonType.StartsWith("array of ", StringComparison.Ordinal) => "not a list",
        _ => "seven",
    };
}
