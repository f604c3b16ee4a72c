using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;
using Totvs.Ecommerce.Sdk.Sync;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the connector's status page.</summary>
public static class ConnectorStatusEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the status page at <paramref name="pattern"/>: <c>GET</c> the page, <c>POST {pattern}/retry</c> ("sync again")
    /// and <c>POST {pattern}/give-up</c>, the actions with anti-forgery. The page is off unless mapped. It requires an
    /// authenticated user unless the app chooses otherwise on the returned group: its own policy
    /// (<c>.RequireAuthorization("Operators")</c>, which then decides alone), or <c>.AllowAnonymous()</c> on purpose (only on
    /// a port that only operators reach). The app must call <c>UseAuthorization()</c>.
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="pattern">Where the page is served (<c>/status</c> by default).</param>
    /// <returns>The page's route group, to add the authorization policy and other conventions to.</returns>
    /// <exception cref="InvalidOperationException"><c>AddTotvsStatusPage</c> or a store that reads status (<c>AddTotvsSyncStore</c>) was not registered.</exception>
    public static RouteGroupBuilder MapTotvsStatusPage(this IEndpointRouteBuilder endpoints, string pattern = "/status")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        _ = endpoints.ServiceProvider.GetService<ConnectorStatusOptions>()
            ?? throw new InvalidOperationException("The status page is not registered: call services.AddTotvsStatusPage() before mapping it.");
        _ = endpoints.ServiceProvider.GetService<ISyncStatusReader>()
            ?? throw new InvalidOperationException(
                "The status page has no state to read: register the connector's store with services.AddTotvsSyncStore(new SqliteSyncStore(...)) " +
                "(or PostgreSqlSyncStore, InMemorySyncStore).");
        var path = "/" + pattern.Trim('/');
        var group = endpoints.MapGroup(path);
        // An authenticated user unless the app chose: its own policy (RequireAuthorization("…")) or AllowAnonymous() replaces this.
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (!endpoint.Metadata.OfType<IAuthorizeData>().Any() && !endpoint.Metadata.OfType<IAllowAnonymous>().Any())
            {
                endpoint.Metadata.Add(new AuthorizeAttribute());
            }
        });
        group.MapGet(string.Empty, http => StatusPageEndpoints.ShowAsync(http, path));
        group.MapPost("/retry", http => StatusPageEndpoints.ActAsync(http, path, StatusPageAction.Retry));
        group.MapPost("/give-up", http => StatusPageEndpoints.ActAsync(http, path, StatusPageAction.GiveUp));
        return group;
    }
}
