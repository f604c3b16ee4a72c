using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Totvs.Ecommerce.Sdk.Testing.Routes;

namespace Totvs.Ecommerce.Sdk.Testing.Hosting;

/// <summary>
/// The fake server listening on a loopback port (127.0.0.1) with Kestrel, for tests over a real socket
/// and for tools in other languages. Dispose it to stop listening.
/// </summary>
public sealed class FakeDatasulLoopbackHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeDatasulLoopbackHost(WebApplication app, Uri baseAddress, X509Certificate2? certificate)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Certificate = certificate;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:53124/</c> or <c>https://127.0.0.1:53124/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// The self-signed certificate the server presents over HTTPS (made for this host, valid for 127.0.0.1 and
    /// localhost for one day), or <see langword="null"/> over plain HTTP. Trust exactly this certificate in the
    /// test's handler; never turn certificate validation off.
    /// </summary>
    public X509Certificate2? Certificate { get; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        Certificate?.Dispose();
    }

    internal static async Task<FakeDatasulLoopbackHost> StartAsync(RequestRouter router, int port, bool https, CancellationToken cancellationToken)
    {
        var certificate = https ? TestCertificate.Create() : null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        // A request held by a Hang fault must not keep the host from stopping.
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(1));
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        app.Run(context => ServeAsync(router, context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeDatasulLoopbackHost(app, new Uri(address.EndsWith('/') ? address : address + "/"), certificate);
    }

    /// <summary>Serves one HTTP request with the fake's router (also used by the totvs-fake-datasul tool).</summary>
    /// <param name="router">The fake's router.</param>
    /// <param name="context">The request.</param>
    /// <param name="reshape">Changes each answer before it is written (the tool's quirks of real releases); none by default.</param>
    /// <param name="rewriteBody">Changes each request body before the fake reads it (a release's other spellings, read back); none by default.</param>
    internal static async Task ServeAsync(
        RequestRouter router, HttpContext context, Func<FakeResponse, FakeResponse>? reshape = null, Func<byte[], byte[]>? rewriteBody = null)
    {
        // A body larger than any order is refused before it is read (413), as a real server's front end does: nothing
        // past the limit is ever held in memory.
        if (context.Request.ContentLength > MaxRequestBodyBytes)
        {
            await WriteAsync(context, TooLarge(), router.Now).ConfigureAwait(false);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBodyBytes; // a chunked body is cut off at the limit too
        }

        using var buffer = new MemoryStream((int)(context.Request.ContentLength ?? 0));
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteAsync(context, TooLarge(), router.Now).ConfigureAwait(false);
            return;
        }

        var request = new FakeRequest(
            context.Request.Method,
            context.Request.PathBase.Add(context.Request.Path).ToUriComponent(),
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.Authorization.Count == 0 ? null : context.Request.Headers.Authorization.ToString(),
            context.Request.Headers.AcceptLanguage.Count == 0 ? null : context.Request.Headers.AcceptLanguage.ToString(),
            rewriteBody is null ? buffer.ToArray() : rewriteBody(buffer.ToArray()),
            context.Request.Headers.UserAgent.Count == 0 ? null : context.Request.Headers.UserAgent.ToString());

        FakeResponse answer;
        try
        {
            answer = await router.HandleAsync(request, context.RequestAborted).ConfigureAwait(false);
            answer = reshape?.Invoke(answer) ?? answer;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (answer.DropConnection)
        {
            context.Abort();
            return;
        }

        await WriteAsync(context, answer, router.Now).ConfigureAwait(false);
    }

    /// <summary>The most a request body may hold (4 MiB: an order of a thousand items is well under 1 MiB).</summary>
    internal const long MaxRequestBodyBytes = 4 * 1024 * 1024;

    private static FakeResponse TooLarge() => FakeResponse.Error(413, "REQUEST_TOO_LARGE",
        $"O corpo da requisição passa de {MaxRequestBodyBytes} bytes.", $"The request body is larger than {MaxRequestBodyBytes} bytes; nothing was read or created.");

    private static async Task WriteAsync(HttpContext context, FakeResponse answer, DateTimeOffset now)
    {
        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.Date = now.ToString("R", CultureInfo.InvariantCulture); // the fake's clock, not the machine's
        if (answer.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((long)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
