using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>The standard resilience handler with the SDK's predicate, running above the fake server.</summary>
public sealed class ResilienceTests
{
    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(408)]
    [InlineData(500)]
    public async Task A_transient_failure_then_success_is_retried_and_succeeds(int status)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamily("FER", "Ferramentas"));
        var route = harness.Server.Routes.Families;
        harness.Server.Faults.On("GET", route).Times(1).RespondWithStatus(status);

        var page = await harness.RunAsync(() => harness.Client.Families.ListAsync());

        Assert.Equal("FER", Assert.Single(page.Items).Code);
        Assert.Equal([status, 200], harness.Server.Journal.For("GET", route).Select(e => e.StatusCode));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_Retry_After_the_server_asked_for()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamily("FER", "Ferramentas"));
        var route = harness.Server.Routes.Families;
        harness.Server.Faults.On("GET", route).RespondWithStatus(429, retryAfter: TimeSpan.FromSeconds(7));

        await harness.RunAsync(() => harness.Client.Families.ListAsync());

        var attempts = harness.Server.Journal.For("GET", route);
        Assert.Equal([429, 200], attempts.Select(e => e.StatusCode));
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromSeconds(7),
            $"The retry came {attempts[1].ReceivedAt - attempts[0].ReceivedAt} after the 429, before its Retry-After of 7 s.");
    }

    [Fact]
    public async Task A_business_rejection_in_a_500_is_raised_once_and_never_retried()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"));
        var route = harness.Server.Routes.Families;
        harness.Server.Faults.On("GET", route).Always()
            .RespondWithError(500, TotvsErrorCodes.NaturezaNotFound, "Natureza de operação não encontrada com a sugestão automática.");

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.RunAsync(() => harness.Client.Families.ListAsync()));

        Assert.Single(harness.Server.Journal.For("GET", route));
        Assert.Equal("57382", error.Code);
        Assert.Equal(500, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("Natureza de operação não encontrada", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_that_outlasts_the_retries_surfaces_as_a_transient_exception()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"));
        var route = harness.Server.Routes.Families;
        harness.Server.Faults.On("GET", route).Always().RespondWithStatus(503);

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => harness.RunAsync(() => harness.Client.Families.ListAsync()));

        Assert.True(error.IsTransient);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(4, harness.Server.Journal.For("GET", route).Count); // the first try and the standard handler's 3 retries
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_for_a_read()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamily("FER", "Ferramentas"));
        var route = harness.Server.Routes.Families;
        harness.Server.Faults.On("GET", route).Times(2).DropConnection();

        var page = await harness.RunAsync(() => harness.Client.Families.ListAsync());

        Assert.Single(page.Items);
        Assert.Equal([0, 0, 200], harness.Server.Journal.For("GET", route).Select(e => e.StatusCode));
    }

    [Fact]
    public async Task A_dropped_connection_that_persists_is_a_transient_exception_wrapping_the_HttpRequestException()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"));
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).Always().DropConnection();

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => harness.RunAsync(() => harness.Client.Families.ListAsync()));

        Assert.True(error.IsTransient);
        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }
}
