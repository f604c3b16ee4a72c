using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>
/// The part of Datasul's <c>$filter</c> the fake understands: comparisons <c>Field eq|ne value</c>, values quoted
/// (<c>'x'</c>, with <c>''</c> for a quote) or bare numbers and booleans, joined by <c>and</c>.
/// </summary>
internal sealed partial class ODataFilter
{
    private readonly List<(string Field, bool Equal, string Value)> clauses;

    private ODataFilter(List<(string Field, bool Equal, string Value)> clauses) => this.clauses = clauses;

    public static bool TryParse(string? text, out ODataFilter? filter, out string? error)
    {
        filter = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var clauses = new List<(string, bool, string)>();
        foreach (var part in AndSeparator().Split(text.Trim()))
        {
            var match = Clause().Match(part.Trim());
            if (!match.Success)
            {
                error = $"$filter clause '{part.Trim()}' is not understood; use Field eq 'value' joined by and.";
                return false;
            }

            var value = match.Groups["quoted"].Success ? match.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal) : match.Groups["bare"].Value;
            clauses.Add((match.Groups["field"].Value, match.Groups["op"].Value.Equals("eq", StringComparison.OrdinalIgnoreCase), value));
        }

        filter = new ODataFilter(clauses);
        return true;
    }

    public bool Matches(JsonObject record) => clauses.All(clause =>
    {
        var node = record.FirstOrDefault(p => string.Equals(p.Key, clause.Field, StringComparison.OrdinalIgnoreCase)).Value;
        var text = node is null ? null : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        return string.Equals(text, clause.Value, StringComparison.OrdinalIgnoreCase) == clause.Equal;
    });

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndSeparator();

    [GeneratedRegex(@"^(?<field>[A-Za-z][A-Za-z0-9]*)\s+(?<op>eq|ne)\s+(?:'(?<quoted>(?:[^']|'')*)'|(?<bare>[^\s']+))$", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();
}
