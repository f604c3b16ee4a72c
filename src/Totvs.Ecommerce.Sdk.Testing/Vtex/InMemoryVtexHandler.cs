using Totvs.Ecommerce.Sdk.Testing.Routes;

namespace Totvs.Ecommerce.Sdk.Testing.Vtex;

/// <summary>Serves requests from the fake VTEX in memory: the primary handler of the client's <see cref="HttpClient"/>.</summary>
internal sealed class InMemoryVtexHandler(VtexRouter router) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = request.Headers
            .Where(h => h.Key.StartsWith("X-VTEX-", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var fakeRequest = new FakeRequest(request.Method.Method, request.RequestUri!.AbsolutePath, request.RequestUri.Query, null, null, body,
            request.Headers.UserAgent.Count == 0 ? null : request.Headers.UserAgent.ToString());
        var answer = await router.HandleAsync(fakeRequest, headers, cancellationToken).ConfigureAwait(false);
        return answer.ToHttpResponse(request, router.Now);
    }
}
