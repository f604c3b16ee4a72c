using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the connector's status page.</summary>
public static class ConnectorStatusServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the status page needs (its options, anti-forgery). The page reads the store registered with
    /// <c>AddTotvsSyncStore</c>; map it with <see cref="ConnectorStatusEndpointRouteBuilderExtensions.MapTotvsStatusPage"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the language, page size, zone, health checks and the senders of "sync again".</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddTotvsStatusPage(this IServiceCollection services, Action<ConnectorStatusOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ConnectorStatusOptions();
        configure?.Invoke(options);
        options.Validate();
        services.AddSingleton(options);
        services.TryAddSingleton<StatusPageHealth>();
        services.AddAntiforgery();
        return services;
    }
}
