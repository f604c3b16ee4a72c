using Totvs.Ecommerce.Sdk.Testing.Routes;

namespace Totvs.Ecommerce.Sdk.Testing.Hosting;

/// <summary>
/// Serves requests from the fake server in memory, without sockets. Use it as the primary handler of an
/// <see cref="HttpClient"/>: the handlers above it (the consumer's resilience pipeline) still run.
/// </summary>
internal sealed class InMemoryDatasulHandler(RequestRouter router) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var fakeRequest = new FakeRequest(
            request.Method.Method,
            request.RequestUri!.AbsolutePath,
            request.RequestUri.Query,
            request.Headers.Authorization?.ToString(),
            request.Headers.AcceptLanguage.Count == 0 ? null : request.Headers.AcceptLanguage.ToString(),
            body,
            request.Headers.UserAgent.Count == 0 ? null : request.Headers.UserAgent.ToString());

        var answer = await router.HandleAsync(fakeRequest, cancellationToken).ConfigureAwait(false);
        return answer.ToHttpResponse(request, router.Now);
    }
}
