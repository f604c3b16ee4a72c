namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>Marks that travel on a request through the HTTP pipeline to the SDK's resilience predicate.</summary>
internal static class TotvsRequestOptions
{
    private static readonly HttpRequestOptionsKey<bool> RepeatableKey = new("Totvs.Ecommerce.Sdk.Repeatable");

    /// <summary>Marks a POST or PATCH that is safe to send twice (e.g. a token request).</summary>
    public static void MarkRepeatable(HttpRequestMessage request) => request.Options.Set(RepeatableKey, true);

    /// <summary>
    /// Whether sending the request again cannot create anything twice: safe and idempotent methods
    /// (GET, HEAD, OPTIONS, PUT, DELETE), or a request explicitly marked repeatable.
    /// </summary>
    public static bool IsRepeatable(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        if (request.Options.TryGetValue(RepeatableKey, out var marked) && marked)
        {
            return true;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete;
    }
}
