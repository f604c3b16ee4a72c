using Polly.Timeout;
using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>
/// The default time-outs fit Datasul: its own query limit is 60 s (9999), so a slow but valid read must be allowed to
/// reach it instead of being cut and sent again. Everything waits on the fake clock.
/// </summary>
public sealed class DatasulTimeoutTests
{
    [Fact]
    public async Task A_read_that_takes_45_seconds_succeeds_with_the_default_time_outs()
    {
        await using var harness = await CreateWithDefaultTimeOutsAsync();
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).Delay(TimeSpan.FromSeconds(45));
        var sentAt = harness.Clock.GetUtcNow();

        var call = harness.Client.Families.ListAsync();
        await harness.Clock.WhenTimerDueAsync(sentAt + TimeSpan.FromSeconds(45)); // the server is answering slowly
        harness.Clock.Advance(TimeSpan.FromSeconds(45)); // 45 s pass: past Microsoft's 10 s default, within the SDK's 75 s
        var page = await call.WaitAsync(TimeSpan.FromMinutes(1)); // a guard, not a wait: cut at 10 s, the call would retry forever on the still clock

        Assert.Single(page.Items);
        Assert.Single(harness.Server.Journal.For("GET", harness.Server.Routes.Families)); // not cut, not sent again
    }

    [Fact]
    public async Task A_read_that_takes_90_seconds_times_out_once_per_attempt_and_ends_transient()
    {
        await using var harness = await CreateWithDefaultTimeOutsAsync();
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).Always().Delay(TimeSpan.FromSeconds(90));
        harness.Clock.LongestSkippedWait = TimeSpan.FromSeconds(80); // jump over attempt time-outs and back-offs, never to the total time-out at once

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => harness.RunAsync(() => harness.Client.Families.ListAsync()));

        Assert.True(error.IsTransient);
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        Assert.Equal(4, harness.Server.Journal.For("GET", harness.Server.Routes.Families).Count); // the first attempt and the 3 retries, each cut at 75 s
    }

    /// <summary>The harness with the SDK's own resilience time-outs (it lengthens them for other tests).</summary>
    private static Task<SdkHarness> CreateWithDefaultTimeOutsAsync() => SdkHarness.CreateAsync(
        seed: s => s.AddStore("1").WithFamily("FER", "Ferramentas"),
        resilience: o =>
        {
            o.AttemptTimeout.Timeout = TotvsResilienceDefaults.AttemptTimeout;
            o.TotalRequestTimeout.Timeout = TotvsResilienceDefaults.TotalRequestTimeout;
            o.CircuitBreaker.SamplingDuration = TotvsResilienceDefaults.CircuitBreakerSamplingDuration;
        });
}
