using System.Text.Json;
using Polly.Timeout;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Testing.Journal;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Testing;

/// <summary>Each fault kind of the fake is seen by the SDK the way a real network would show it, in memory and over a socket.</summary>
public sealed class FaultInjectionTests
{
    public static TheoryData<ClientTransport> Transports => new() { ClientTransport.InMemory, ClientTransport.Loopback };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_dropped_connection_is_a_transient_exception_wrapping_HttpRequestException(ClientTransport transport)
    {
        await using var harness = await CreateAsync(transport);
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).Always().DropConnection();

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => harness.RunAsync(() => harness.Client.Families.ListAsync()));

        Assert.True(error.IsTransient);
        Assert.IsType<HttpRequestException>(error.InnerException);
        harness.Server.Journal.AssertReceived("GET", harness.Server.Routes.Families, 4);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_429_with_Retry_After_is_waited_for_and_retried(ClientTransport transport)
    {
        await using var harness = await CreateAsync(transport);
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).Times(2).RespondWithStatus(429, TimeSpan.FromSeconds(30));

        var page = await harness.RunAsync(() => harness.Client.Families.ListAsync());

        Assert.Single(page.Items);
        var attempts = harness.Server.Journal.AssertReceived("GET", harness.Server.Routes.Families, 3);
        Assert.True(attempts[2].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromSeconds(60));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Malformed_and_truncated_bodies_are_SDK_exceptions_naming_the_route(ClientTransport transport)
    {
        await using var harness = await CreateAsync(transport);
        var route = harness.Server.Routes.Families;
        harness.Server.Faults.On("GET", route).RespondWithMalformedJson();
        harness.Server.Faults.On("GET", route).RespondWithTruncatedBody();

        var malformed = await Assert.ThrowsAsync<TotvsApiException>(() => harness.Client.Families.ListAsync());
        var truncated = await Assert.ThrowsAsync<TotvsApiException>(() => harness.Client.Families.ListAsync());

        Assert.All([malformed, truncated], e =>
        {
            Assert.IsAssignableFrom<JsonException>(e.InnerException);
            Assert.Contains(route, e.Message, StringComparison.Ordinal);
            Assert.False(e.IsTransient);
        });
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Latency_passes_on_the_servers_clock_and_the_answer_still_arrives(ClientTransport transport)
    {
        await using var harness = await CreateAsync(transport);
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).Delay(TimeSpan.FromSeconds(3));
        var before = harness.Clock.GetUtcNow();

        var page = await harness.RunAsync(() => harness.Client.Families.ListAsync());

        Assert.Single(page.Items);
        Assert.True(harness.Clock.GetUtcNow() - before >= TimeSpan.FromSeconds(3));
        Assert.Equal("latency 3000 ms", harness.Server.Journal.AssertSingle("GET", harness.Server.Routes.Families).Fault);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_server_that_hangs_ends_in_the_clients_time_out_as_a_transient_exception(ClientTransport transport)
    {
        await using var harness = await CreateAsync(transport, o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(20);
        });
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).Always().Hang();

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => harness.RunAsync(() => harness.Client.Families.ListAsync()));

        Assert.True(error.IsTransient);
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        Assert.Contains("time-out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fault_can_hit_only_the_requests_a_condition_picks()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        harness.Server.Faults.On("POST", harness.Server.Routes.Orders).Always()
            .When(r => r.Body.Contains("\"V-2\"", StringComparison.Ordinal))
            .RespondWithError(500, "57382", "Natureza não encontrada");

        await harness.Client.Orders.CreateAsync(SalesSeed.Order("V-1"));
        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Orders.CreateAsync(SalesSeed.Order("V-2")));

        Assert.Equal("57382", error.Code);
        Assert.Equal(["V-1"], harness.Server.Orders.Select(o => o.CustomerOrderId));
    }

    [Fact]
    public async Task A_failed_journal_assertion_shows_the_whole_journal()
    {
        await using var harness = await CreateAsync(ClientTransport.InMemory);
        await harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" });

        var error = Assert.Throws<FakeDatasulAssertionException>(() => harness.Server.Journal.AssertReceived("GET", harness.Server.Routes.Families, 2));

        Assert.Contains("Expected 2 GET", error.Message, StringComparison.Ordinal);
        Assert.Contains("#1 GET cdp/v1/businessFamilyPublic/ecommerce?storeCode=1", error.Message, StringComparison.Ordinal);
    }

    private static Task<SdkHarness> CreateAsync(ClientTransport transport, Action<Microsoft.Extensions.Http.Resilience.HttpStandardResilienceOptions>? resilience = null) =>
        SdkHarness.CreateAsync(transport, server => server.AddStore("1").WithFamily("FER", "Ferramentas"), resilience: resilience);
}
