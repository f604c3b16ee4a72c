using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.DependencyInjection;

/// <summary>The Datasul health check: Healthy, Unhealthy without a secret in the report, Degraded while the circuit is open.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task A_reachable_Datasul_is_healthy_through_the_registered_check()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: s => s.AddStore("1").WithFamily("FER", "Ferramentas"),
            services: s => s.AddHealthChecks().AddTotvsEcommerce(storeCode: "1", tags: ["ready"]));

        var report = await harness.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries["totvs-ecommerce"].Status);
        Assert.Contains("ready", report.Entries["totvs-ecommerce"].Tags);
    }

    [Fact]
    public async Task Refused_credentials_are_unhealthy_and_the_report_holds_no_secret()
    {
        const string password = "s3cr3t-that-must-not-leak";
        await using var harness = await SdkHarness.CreateAsync(
            seed: s => s.AddStore("1"),
            configure: o => o.Authentication.Password = password,
            services: s => s.AddHealthChecks().AddTotvsEcommerce(storeCode: "1"));

        var report = await harness.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["totvs-ecommerce"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.DoesNotContain(password, entry.Description, StringComparison.Ordinal);
        Assert.Contains("401", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_circuit_is_degraded()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: s => s.AddStore("1"),
            resilience: o =>
            {
                o.Retry.MaxRetryAttempts = 1;
                o.CircuitBreaker.MinimumThroughput = 2;
                o.CircuitBreaker.FailureRatio = 0.5;
                o.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(10);
            });
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).Always().RespondWithStatus(503);
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<TotvsApiException>(() => harness.RunAsync(() => harness.Client.Families.ListAsync()));
        }

        var result = await new Health.TotvsEcommerceHealthCheck(harness.Client, "1").CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
    }
}
