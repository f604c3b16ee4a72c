using Microsoft.Extensions.Diagnostics.HealthChecks;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

/// <summary>
/// The health report the page shows, run through the application's <see cref="HealthCheckService"/> and reused for
/// <see cref="ConnectorStatusOptions.HealthCacheDuration"/>, so that page views do not probe Datasul each time.
/// </summary>
internal sealed class StatusPageHealth(ConnectorStatusOptions options, IServiceProvider services)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (HealthReport Report, Instant At)? last;

    /// <summary>The latest report, or <see langword="null"/> when the application registered no health checks.</summary>
    public async Task<(HealthReport Report, Instant At)?> GetAsync(CancellationToken cancellationToken)
    {
        if (services.GetService(typeof(HealthCheckService)) is not HealthCheckService checks)
        {
            return null;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = Instant.FromDateTimeOffset(options.TimeProvider.GetUtcNow());
            if (last is not { } cached || now - cached.At >= Duration.FromTimeSpan(options.HealthCacheDuration))
            {
                var report = await checks.CheckHealthAsync(options.HealthChecks, cancellationToken).ConfigureAwait(false);
                last = (report, now);
            }

            return last;
        }
        finally
        {
            gate.Release();
        }
    }
}
