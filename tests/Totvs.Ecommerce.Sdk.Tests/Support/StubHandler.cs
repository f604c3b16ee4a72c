using System.Net;
using System.Text;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>A handler that answers every request with what a test scripts, for answers the fake server does not give.</summary>
public sealed class StubHandler(Func<HttpRequestMessage, (int Status, string Body)> answer) : HttpMessageHandler
{
    private int calls;

    public int Calls => calls;

    public static TotvsEcommerceClient CreateClient(HttpMessageHandler handler, Action<TotvsEcommerceOptions>? configure = null)
    {
        var options = new TotvsEcommerceOptions
        {
            BaseAddress = new Uri("https://erp.example.com.br:8543"),
            Authentication = new TotvsAuthenticationOptions { Username = "integration", Password = "s3cr3t-Pa55" },
        };
        configure?.Invoke(options);
        return new TotvsEcommerceClient(new HttpClient(handler), options);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        var (status, body) = answer(request);
        return Task.FromResult(new HttpResponseMessage((HttpStatusCode)status)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });
    }
}
