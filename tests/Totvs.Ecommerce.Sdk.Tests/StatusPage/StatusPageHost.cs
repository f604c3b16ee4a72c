using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;
using Totvs.Ecommerce.Sdk.Health;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.StatusPage;

/// <summary>
/// An ASP.NET Core app on a loopback port that maps the status page over a store and the harness's fake Datasul, as a
/// connector would: authentication by a test header (<c>X-Operator</c>), an "Operators" policy, the ERP's health check.
/// </summary>
internal sealed class StatusPageHost : IAsyncDisposable
{
    public const string OperatorHeader = "X-Operator";

    private readonly WebApplication app;

    private StatusPageHost(WebApplication app, Uri page)
    {
        this.app = app;
        Page = page;
    }

    /// <summary>The status page's address.</summary>
    public Uri Page { get; }

    /// <summary>
    /// Starts the app.
    /// </summary>
    /// <param name="harness">The fake Datasul and its client (the health check probes it).</param>
    /// <param name="store">The connector's state.</param>
    /// <param name="configure">The page's options (the clock is the harness's).</param>
    /// <param name="access">
    /// Who may see the page, as the app says it on the page's route group (e.g. <c>page => page.RequireAuthorization("Operators")</c>);
    /// open to anyone (<c>AllowAnonymous</c>) when <see langword="null"/>, as the browser tests use it.
    /// </param>
    public static async Task<StatusPageHost> StartAsync<TStore>(
        SdkHarness harness, TStore store, Action<ConnectorStatusOptions>? configure = null, Action<RouteGroupBuilder>? access = null)
        where TStore : class, ISyncCheckpointStore, ISyncLeaseStore, IDocumentLedgerStore, IProductMapStore
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddTotvsSyncStore(store);
        builder.Services.AddTotvsStatusPage(options =>
        {
            options.Title = "Loja Acme";
            options.TimeProvider = harness.Clock;
            configure?.Invoke(options);
        });
        builder.Services.AddHealthChecks().AddCheck("totvs-ecommerce", new TotvsEcommerceHealthCheck(harness.Client, "1"));
        builder.Services.AddAuthentication(HeaderAuthentication.SchemeName).AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
        builder.Services.AddAuthorization(options =>
        {
            options.AddPolicy("Operators", policy => policy.RequireRole("operator"));
            options.AddPolicy("Everyone", policy => policy.RequireAssertion(_ => true));
        });
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        var page = app.MapTotvsStatusPage("/ops/status");
        (access ?? (group => group.AllowAnonymous()))(page);

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StatusPageHost(app, new Uri(new Uri(address), "/ops/status"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>Authenticates a request by its <c>X-Operator</c> header: <c>name:role</c>.</summary>
    private sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "TestHeader";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (Request.Headers[OperatorHeader].ToString().Split(':') is not [var name, var role])
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
