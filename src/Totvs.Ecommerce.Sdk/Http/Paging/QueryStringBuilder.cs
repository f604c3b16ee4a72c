using System.Globalization;
using System.Text;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>Builds a query string with every name and value escaped.</summary>
internal sealed class QueryStringBuilder
{
    private readonly StringBuilder text = new();

    public QueryStringBuilder Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        text.Append(text.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryStringBuilder Add(string name, int? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryStringBuilder Add(string name, IReadOnlyList<string>? values) =>
        values is null || values.Count == 0 ? this : Add(name, string.Join(',', values));

    public override string ToString() => text.ToString();
}
