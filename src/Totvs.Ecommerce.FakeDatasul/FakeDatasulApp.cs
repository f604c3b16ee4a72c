using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Http;
using Totvs.Ecommerce.FakeDatasul.Admin;
using Totvs.Ecommerce.FakeDatasul.Recording;
using Totvs.Ecommerce.Sdk.Testing.Hosting;

namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>
/// The running tool: Kestrel on the given addresses, the admin API under <c>/__admin/</c>, every other request served by
/// the fake ERP. Stops on Ctrl+C, SIGTERM (<c>docker stop</c>) or <see cref="DisposeAsync"/>.
/// </summary>
internal sealed class FakeDatasulApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeDatasulApp(WebApplication app, FakeErp erp, IReadOnlyList<Uri> addresses)
    {
        this.app = app;
        Erp = erp;
        Addresses = addresses;
    }

    public FakeErp Erp { get; }

    /// <summary>Where it listens, as bound (a port 0 in <c>--urls</c> becomes the port chosen).</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    public static async Task<FakeDatasulApp> StartAsync(ToolOptions options, CancellationToken cancellationToken = default)
    {
        var erp = new FakeErp(options, new OffsetClock());
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.UseKestrelHttpsConfiguration();
        // A request held by a hang fault must not keep the process from stopping.
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(1));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        if (options.Admin)
        {
            AdminApi.Map(app, erp);
        }

        // Everything else is Datasul's, whatever the method; no dot-file rule (an item code may hold a dot): the fake ERP, or
        // the real one being recorded, or a recording.
        RequestDelegate datasul;
        if (options.RecordFile is { } recordFile)
        {
            // The route's own words are never scrubbed from a path (a representative whose short name is "ecommerce").
            string[] routes = [erp.Server.PathPrefix, Totvs.Ecommerce.Sdk.TotvsAuthenticationOptions.DefaultTokenPath, .. erp.Server.Routes.ToList().Select(r => r.Value)];
            var proxy = new RecordingProxy(options.Target!, RecordingFile.Create(recordFile), new Sanitizer(routes));
            app.Lifetime.ApplicationStopped.Register(proxy.Dispose);
            datasul = proxy.ServeAsync;
        }
        else if (options.ReplayFile is { } replayFile)
        {
            datasul = new ReplayResponder(RecordingFile.Read(replayFile)).ServeAsync;
        }
        else
        {
            var reshape = FakeDatasul.Quirks.Reshaper(options.Quirks);
            var rewrite = FakeDatasul.Quirks.RequestRewriter(options.Quirks);
            datasul = context => FakeDatasulLoopbackHost.ServeAsync(erp.Server.Router, context, reshape, rewrite);
        }

        // The fake VTEX account (--vtex) under /vtex/: a connector's Vtex:AccountAddress and PricingAddress point there.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/vtex", out var rest) && erp.Vtex is { } vtex)
            {
                await Totvs.Ecommerce.Sdk.Testing.Vtex.VtexLoopbackHost.ServeAsync(vtex.Router, context, rest.Value ?? "/").ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.MapFallback("{**path}", datasul);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.EndsWith('/') ? a : a + "/")).ToList();
        return new FakeDatasulApp(app, erp, addresses);
    }

    /// <summary>The routes mapped (method and pattern), for the test that holds openapi.json to them.</summary>
    public IReadOnlyList<(string Method, string Pattern)> Routes => app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
        .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
        .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
        .ToList();

    /// <summary>Completes when the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
