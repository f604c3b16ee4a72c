using System.Text;
using System.Text.RegularExpressions;

namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// Scrubs the literals of an OData <c>$filter</c> (<c>ShortName eq 'MARIA'</c>, <c>contains(Email,'maria')</c>,
/// <c>PersonalId eq 52998224725</c>): a quoted literal by the kind of the field it is compared with, then by shape; the
/// rest of the expression (field names, operators, numbers) by shape only.
/// </summary>
internal static partial class FilterLiterals
{
    /// <summary>The filter with each literal replaced; <paramref name="byKind"/> scrubs one literal given its field's name.</summary>
    public static string Scrub(string filter, Func<string?, string, string> byKind, Func<string, string> byShape)
    {
        var result = new StringBuilder(filter.Length);
        var position = 0;
        foreach (Match match in Literals().Matches(filter))
        {
            result.Append(byShape(filter[position..match.Index]));
            var literal = match.Groups["literal"];
            var field = match.Groups["field"].Success ? match.Groups["field"].Value : match.Groups["fnfield"].Success ? match.Groups["fnfield"].Value : null;
            var scrubbed = byKind(field?[(field.LastIndexOf('/') + 1)..], literal.Value.Replace("''", "'", StringComparison.Ordinal));
            result.Append(filter, match.Index, literal.Index - match.Index)
                .Append(scrubbed.Replace("'", "''", StringComparison.Ordinal))
                .Append(filter, literal.Index + literal.Length, match.Index + match.Length - literal.Index - literal.Length);
            position = match.Index + match.Length;
        }

        return result.Append(byShape(filter[position..])).ToString();
    }

    /// <summary>
    /// A quoted literal, with the field it is compared with when the expression says: <c>Field op 'x'</c>,
    /// <c>fn(Field, 'x')</c>, or a bare <c>'x'</c>.
    /// </summary>
    [GeneratedRegex(
        @"(?:(?<field>[A-Za-z_][\w/]*)\s+(?:eq|ne|gt|ge|lt|le|has)\s+|\b(?:contains|startswith|endswith|indexof)\(\s*(?<fnfield>[A-Za-z_][\w/]*)\s*,\s*)?'(?<literal>(?:[^']|'')*)'",
        RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Literals();
}
