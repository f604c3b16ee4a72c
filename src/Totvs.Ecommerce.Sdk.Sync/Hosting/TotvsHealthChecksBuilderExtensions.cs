using Microsoft.Extensions.Diagnostics.HealthChecks;
using Totvs.Ecommerce.Sdk;
using Totvs.Ecommerce.Sdk.Health;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Datasul health check.</summary>
public static class TotvsHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="TotvsEcommerceHealthCheck"/> for a client: a one-family probe of the store with its own short
    /// time-out; Degraded while the client's circuit breaker is open. Needs <c>services.AddTotvsEcommerce(…)</c>.
    /// </summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="clientName">The client to probe, as given to <c>AddTotvsEcommerce</c>; the unnamed client when <see langword="null"/>.</param>
    /// <param name="name">The check's name in the report; <c>totvs-ecommerce</c> (then <c>:clientName</c> for a named client) by default.</param>
    /// <param name="storeCode">The store to probe; the client's default when <see langword="null"/>.</param>
    /// <param name="timeout">The probe's time-out (5 seconds by default).</param>
    /// <param name="tags">Tags, e.g. <c>ready</c>.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddTotvsEcommerce(
        this IHealthChecksBuilder builder, string? clientName = null, string? name = null, string? storeCode = null, TimeSpan? timeout = null,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var client = clientName ?? Microsoft.Extensions.Options.Options.DefaultName;
        return builder.Add(new HealthCheckRegistration(
            name ?? (client.Length == 0 ? "totvs-ecommerce" : $"totvs-ecommerce:{client}"),
            provider => new TotvsEcommerceHealthCheck(provider.GetRequiredService<ITotvsEcommerceClientFactory>().GetClient(client), storeCode, timeout),
            HealthStatus.Unhealthy,
            tags));
    }
}
