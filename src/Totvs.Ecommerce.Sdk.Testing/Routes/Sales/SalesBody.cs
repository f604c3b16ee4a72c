using System.Text.Json;
using System.Text.Json.Nodes;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>Reads a written order or customer as a JSON document: field names as Datasul reads them (case-insensitive).</summary>
internal static class SalesBody
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public static bool TryParse(byte[] body, out JsonObject? document, out string? error)
    {
        document = null;
        error = null;
        try
        {
            document = JsonNode.Parse(body, CaseInsensitive, new JsonDocumentOptions { MaxDepth = 32 }) as JsonObject;
            error = document is null ? "The body must be a JSON object." : null;
        }
        catch (JsonException ex)
        {
            error = $"The body is not JSON: {ex.Message}";
        }

        return error is null;
    }

    /// <summary>A copy of <paramref name="record"/> that looks names up case-insensitively too.</summary>
    public static JsonObject Copy(JsonObject record) => (JsonObject)JsonNode.Parse(record.ToJsonString(), CaseInsensitive)!;

    /// <summary>A 400 naming every problem, in the TOTVS error shape with one detail a field.</summary>
    public static FakeResponse Invalid(string code, IReadOnlyList<(string Field, string Message)> problems) => FakeResponse.Error(
        400, code, string.Join(" ", problems.Select(p => p.Message)), details: Details(problems));

    public static JsonArray Details(IEnumerable<(string Code, string Message)> entries)
    {
        var array = new JsonArray();
        foreach (var (code, message) in entries)
        {
            array.Add((JsonNode)new JsonObject { ["code"] = code, ["message"] = message });
        }

        return array;
    }
}
