namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The SDK's innermost handler: reads every answer's body whole under the size cap and the read timeout (inside the
/// resilience pipeline, so the attempt time-out covers the body and the retry predicate never reads the network), and
/// refuses an answer that came from another origin than the request went to (a redirect followed by a handler the
/// application configured).
/// </summary>
internal sealed class TotvsBodyHandler(BodyLimits limits) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var origin = request.RequestUri;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var method = request.Method.Method;
            var path = origin?.AbsolutePath ?? string.Empty;
            if (response.RequestMessage?.RequestUri is { } answered && origin is not null
                && Uri.Compare(answered, origin, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                throw RedirectFollowed(method, path);
            }

            var (buffer, length) = await BoundedBodyReader.ReadAsync(response.Content, limits.For((int)response.StatusCode), method, path, cancellationToken).ConfigureAwait(false);
            var original = response.Content;
            response.Content = new PooledBodyContent(buffer, length, original);
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static TotvsApiException RedirectFollowed(string method, string path) => new(
        $"The answer of {method} {path} came from another origin: the HTTP handler followed a redirect, and the request may have gone there. " +
        "The SDK refuses it; set AllowAutoRedirect = false on the primary handler you configured.",
        null, null, false, method, path, null);
}
