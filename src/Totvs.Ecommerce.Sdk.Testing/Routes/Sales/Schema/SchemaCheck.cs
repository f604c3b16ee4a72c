using System.Text.Json;
using System.Text.Json.Nodes;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales.Schema;

/// <summary>
/// Checks a written body against a published schema, as strictly as a contract test should: every known field in its
/// published JSON type, no read-only field, the required fields of a new record. Unknown fields are left alone (the
/// fake keeps and returns them).
/// </summary>
internal static class SchemaCheck
{
    /// <summary>Published lengths that are visible slips of the schema (docs/schemas/README.md): not enforced.</summary>
    private static readonly HashSet<string> LengthSlips = new(StringComparer.Ordinal)
    {
        "CustomersInfo.Email", "CustomersInfo.StateRegistration", "OrdersInfo.DeliveryState", "CustomersInfo.State", "CustomersInfo.BillingState",
    };

    /// <summary>Every problem of <paramref name="body"/> as an instance of <paramref name="objectName"/>, field by field.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="objectName">The object the body is, e.g. <c>OrdersInfo</c>.</param>
    /// <param name="body">The body.</param>
    /// <param name="requireAll">Whether the required fields must be present (a POST or PUT; not a PATCH).</param>
    public static List<(string Field, string Message)> Problems(PublishedSchema schema, string objectName, JsonObject body, bool requireAll)
    {
        var problems = new List<(string, string)>();
        Check(schema, objectName, body, requireAll, string.Empty, problems);
        return problems;
    }

    private static void Check(PublishedSchema schema, string objectName, JsonObject body, bool requireAll, string path, List<(string, string)> problems)
    {
        var fields = schema[objectName];
        foreach (var (name, value) in body)
        {
            if (!fields.TryGetValue(name, out var field))
            {
                continue;
            }

            var at = path + field.Name;
            if (!field.Writable)
            {
                problems.Add((at, $"{at} is read-only (available=false in the published schema): Datasul fills it and does not accept it on write."));
                continue;
            }

            if (value is null)
            {
                continue;
            }

            var kind = value.GetValueKind();
            if (!Fits(field, value, kind))
            {
                problems.Add((at, $"{at} must be a JSON {Expected(field.JsonType)} as published, not a JSON {kind.ToString().ToLowerInvariant()}."));
                continue;
            }

            if (kind == JsonValueKind.String && field.Length is { } length && !LengthSlips.Contains($"{objectName}.{field.Name}")
                && value.GetValue<string>().Length > length)
            {
                problems.Add((at, $"{at} has {value.GetValue<string>().Length} characters; Datasul stores at most {length}. Shorten it."));
            }

            if (field.Nested is { } nested && kind == JsonValueKind.Object)
            {
                Check(schema, nested, value.AsObject(), requireAll, at + ".", problems);
            }
            else if (field.Nested is { } element && kind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var entry in value.AsArray())
                {
                    if (entry is JsonObject record)
                    {
                        // An element of a list is a whole record (the list replaces the old one), even in a PATCH.
                        Check(schema, element, record, requireAll: true, $"{at}[{index}].", problems);
                    }
                    else
                    {
                        problems.Add(($"{at}[{index}]", $"{at}[{index}] must be a JSON object ({element})."));
                    }

                    index++;
                }
            }
        }

        if (requireAll)
        {
            foreach (var field in fields.Values.Where(f => f.Required && f.Writable && body[f.Name] is null))
            {
                problems.Add((path + field.Name, $"{path}{field.Name} is required."));
            }
        }
    }

    private static bool Fits(SchemaField field, JsonNode value, JsonValueKind kind) => field.JsonType switch
    {
        "string" => kind == JsonValueKind.String,
        "integer" => kind == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out _),
        "decimal" or "number" => kind == JsonValueKind.Number,
        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        "object" => kind == JsonValueKind.Object,
        _ when field.JsonType.StartsWith("array of ", StringComparison.Ordinal) => kind == JsonValueKind.Array,
        _ => true,
    };

    private static string Expected(string jsonType) => jsonType switch
    {
        "integer" => "number (a whole one)",
        "decimal" or "number" => "number",
        _ when jsonType.StartsWith("array of ", StringComparison.Ordinal) => "array",
        _ => jsonType,
    };
}
