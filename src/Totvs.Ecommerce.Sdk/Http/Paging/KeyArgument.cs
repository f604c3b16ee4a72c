using System.Runtime.CompilerServices;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// A record's key goes into the route (<c>…/{key}</c>): an empty key, <c>.</c> or <c>..</c> would address the list or
/// another route, and a control character another request. Refused before anything is sent.
/// </summary>
internal static class KeyArgument
{
    public static void ThrowIfInvalid([System.Diagnostics.CodeAnalysis.NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        if (value.Trim() is "." or "..")
        {
            throw new ArgumentException($"{name} '{value.Trim()}' is not a key: '.' and '..' would address another route. Pass the record's own code.", name);
        }

        if (value.Any(char.IsControl))
        {
            throw new ArgumentException($"{name} contains a control character; a key is printable text.", name);
        }
    }
}
