using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Totvs.Ecommerce.Sdk.Testing.Vtex;

/// <summary>
/// VTEX's request fields of the endpoints a connector calls, as VTEX's OpenAPI descriptions publish them
/// (docs/schemas/vtex/VtexRequests.tsv, embedded): the fake VTEX checks bodies by this table, never by the client's classes.
/// </summary>
internal sealed class VtexRequestSchema
{
    private readonly List<(string Method, Regex Path, string Template, Dictionary<string, (string Type, bool Required)> Fields)> endpoints = [];

    public static VtexRequestSchema Published { get; } = Load();

    /// <summary>What is wrong with a body, by the published table; empty when it is acceptable or the endpoint takes no body.</summary>
    public IReadOnlyList<string> Problems(string method, string path, JsonObject? body)
    {
        var endpoint = endpoints.FirstOrDefault(e => e.Method == method && e.Path.IsMatch(path));
        if (endpoint.Fields is null)
        {
            return [];
        }

        if (body is null)
        {
            return [$"{method} {endpoint.Template} takes a JSON object."];
        }

        var problems = new List<string>();
        foreach (var (name, (type, required)) in endpoint.Fields)
        {
            var present = body.TryGetPropertyValue(name, out var value);
            if (required && !present)
            {
                problems.Add($"The field {name} is required.");
            }
            else if (present && value is not null && !Is(value, type))
            {
                problems.Add($"The field {name} must be of type {type}.");
            }
        }

        return problems;
    }

    private static bool Is(JsonNode value, string type) => (type, value.GetValueKind()) switch
    {
        ("string", JsonValueKind.String) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        ("number", JsonValueKind.Number) => true,
        ("integer", JsonValueKind.Number) => value.GetValue<decimal>() == decimal.Truncate(value.GetValue<decimal>()),
        ("array", JsonValueKind.Array) => true,
        ("object", JsonValueKind.Object) => true,
        _ => false,
    };

    private static VtexRequestSchema Load()
    {
        using var stream = typeof(VtexRequestSchema).Assembly.GetManifestResourceStream("Schemas.VtexRequests.tsv")
            ?? throw new InvalidOperationException("The embedded schema Schemas.VtexRequests.tsv is missing from the Testing package.");
        using var reader = new StreamReader(stream);
        var schema = new VtexRequestSchema();
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split('\t');
            if (line.StartsWith('#') || columns.Length < 5 || columns[0] == "method")
            {
                continue;
            }

            var (method, template, field, type, required) = (columns[0], columns[1], columns[2], columns[3], columns[4] == "true");
            var index = schema.endpoints.FindIndex(e => e.Method == method && e.Template == template);
            if (index < 0)
            {
                var pattern = "^" + Regex.Replace(Regex.Escape(template.TrimStart('/')), @"\\\{[^/]+?\}", "[^/]+") + "$";
                schema.endpoints.Add((method, new Regex(pattern, RegexOptions.CultureInvariant), template, new(StringComparer.Ordinal)));
                index = schema.endpoints.Count - 1;
            }

            schema.endpoints[index].Fields[field] = (type, required);
        }

        return schema;
    }
}
