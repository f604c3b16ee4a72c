namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// How replay matches a request to a recorded one: the method, the path and the query, each segment and parameter
/// decoded and written back one way (so <c>%27</c> and <c>'</c>, <c>+</c> and <c>%20</c> are the same request), and the
/// value of every secret parameter (<c>access_token</c>, <c>api_key</c>…) left out — the recording holds it scrubbed, the
/// caller sends its own. Personal values are matched as recorded, that is scrubbed: ask with the fake values the replay
/// answered.
/// </summary>
internal static class ReplayKey
{
    public static string Of(string method, string path, string query)
    {
        var segments = path.Split('/').Select(s => Uri.EscapeDataString(Uri.UnescapeDataString(s)));
        var parameters = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = QueryComponent.Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? null : QueryComponent.Decode(pair[(equals + 1)..]);
            return FieldKinds.Of(name, parameter: true) == FieldKind.Secret ? $"{Uri.EscapeDataString(name)}=(secret)"
                : value is null ? Uri.EscapeDataString(name)
                : $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}";
        });
        return $"{method.ToUpperInvariant()} {string.Join('/', segments)}?{string.Join('&', parameters)}";
    }
}
