using Polly.CircuitBreaker;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Reliability;

public sealed class CircuitBreakerTests
{
    [Fact]
    public async Task The_circuit_opens_after_failures_says_so_clearly_and_closes_when_the_server_recovers()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: s => s.AddStore("1").WithFamily("FER", "Ferramentas"),
            resilience: o =>
            {
                o.Retry.MaxRetryAttempts = 1;
                o.CircuitBreaker.MinimumThroughput = 4;
                o.CircuitBreaker.FailureRatio = 0.5;
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromHours(12);
                o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
            });
        var route = harness.Server.Routes.Families;
        harness.Server.Faults.On("GET", route).Always().RespondWithStatus(503);

        TotvsApiException? open = null;
        for (var i = 0; i < 10 && open is null; i++)
        {
            var error = await Assert.ThrowsAsync<TotvsApiException>(() => harness.RunAsync(() => harness.Client.Families.ListAsync()));
            open = error.InnerException is BrokenCircuitException ? error : null;
        }

        Assert.NotNull(open);
        Assert.True(open.IsTransient);
        Assert.Contains("circuit breaker is open", open.Message, StringComparison.Ordinal);
        var seenWhileOpen = harness.Server.Journal.For("GET", route).Count;
        await Assert.ThrowsAsync<TotvsApiException>(() => harness.Client.Families.ListAsync());
        Assert.Equal(seenWhileOpen, harness.Server.Journal.For("GET", route).Count); // open: the server is not called

        harness.Server.Faults.Clear();
        harness.Clock.Advance(TimeSpan.FromSeconds(31));
        var page = await harness.RunAsync(() => harness.Client.Families.ListAsync());

        Assert.Single(page.Items);
        Assert.Single(await harness.Client.Families.ListAsync() is { } again ? again.Items : []);
    }

    [Fact]
    public async Task Failed_POSTs_do_not_open_the_circuit_that_the_exactly_once_look_ups_need()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: SalesSeed.Store,
            resilience: o =>
            {
                o.Retry.MaxRetryAttempts = 1;
                o.CircuitBreaker.MinimumThroughput = 2;
                o.CircuitBreaker.FailureRatio = 0.5;
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromHours(12);
                o.CircuitBreaker.BreakDuration = TimeSpan.FromHours(1);
            });
        harness.Server.Faults.On("POST", harness.Server.Routes.Orders).Times(3).RespondWithStatus(503);

        var result = await harness.RunAsync(() => harness.Client.Orders.CreateAsync(SalesSeed.Order()));

        Assert.Equal(CreationOutcome.Created, result.Outcome);
        Assert.Equal(4, result.Attempts);
        Assert.Single(harness.Server.Orders);
        Assert.Equal(3, harness.Server.Journal.For("GET", harness.Server.Routes.Orders).Count); // every look-up reached the ERP
    }
}
