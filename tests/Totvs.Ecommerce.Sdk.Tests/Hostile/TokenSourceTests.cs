using Totvs.Ecommerce.Sdk.Testing.Time;

namespace Totvs.Ecommerce.Sdk.Tests.Hostile;

/// <summary>The OAuth2 token source against a token endpoint that fails, lies about lifetimes or sends a broken token.</summary>
public sealed class TokenSourceTests
{
    private static readonly TotvsAuthenticationOptions OAuth2 = new()
    {
        Mode = TotvsAuthenticationMode.OAuth2ClientCredentials, ClientId = "id", ClientSecret = "secret",
    };

    [Fact]
    public async Task Callers_meeting_a_failing_token_endpoint_share_one_acquisition_and_all_fail()
    {
        await using var server = new HostileServer((request, stream, ct) => request.Method == "POST"
            ? HostileServer.WriteHeadAsync(stream, 503, "Content-Length: 0\r\n", ct)
            : HostileServer.WriteJsonAsync(stream, 200, """{"hasNext":false,"items":[]}""", ct));
        var (client, provider) = HostileClients.WithDi(server.BaseAddress, TimeProvider.System, o => o.Authentication = OAuth2,
            resilience: r => r.Retry.MaxRetryAttempts = 2);
        await using var _ = provider;

        var calls = Enumerable.Range(0, 64).Select(_ => client.Families.ListAsync()).ToList();
        var outcomes = await Task.WhenAll(calls.Select(async call =>
        {
            try
            {
                await call;
                return null;
            }
            catch (TotvsApiException ex)
            {
                return ex;
            }
        }));

        Assert.All(outcomes, Assert.NotNull);
        var tokenRequests = server.Requests.Count(r => r.Method == "POST");
        Assert.Equal(3, tokenRequests); // one acquisition: the first try and two retries, not one per caller
        Assert.DoesNotContain(server.Requests, r => r.Method == "GET");
    }

    [Fact]
    public async Task Callers_coming_in_waves_during_a_token_outage_cause_one_acquisition_while_its_failure_is_held()
    {
        await using var harness = await Support.SdkHarness.CreateAsync(seed: s => s.AddStore("1"), mode: TotvsAuthenticationMode.OAuth2ClientCredentials);
        harness.Server.Faults.On("POST", TotvsAuthenticationOptions.DefaultTokenPath).Always().RespondWithStatus(500);
        int TokenRequests() => harness.Server.Journal.Entries.Count(e => e.Route == TotvsAuthenticationOptions.DefaultTokenPath);

        var first = await harness.RunAsync(() => WaveAsync(harness.Client)); // the SDK's retries wait on the clock, which jumps them
        var afterFirst = TokenRequests();
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await harness.RunAsync(() => WaveAsync(harness.Client)); // callers keep coming during the outage
        var afterSecond = TokenRequests();
        harness.Clock.Advance(TimeSpan.FromSeconds(5)); // the failure is held no more
        await harness.RunAsync(() => WaveAsync(harness.Client));

        Assert.Equal(4, afterFirst); // one acquisition: the first try and three retries, not one per caller
        Assert.Equal(4, afterSecond); // held: nobody asked the endpoint again
        Assert.Equal(8, TokenRequests()); // then one more acquisition for the next 64
        Assert.Equal(64, first);
        Assert.Equal(64, second);
        Assert.Empty(harness.Server.Journal.For("GET", harness.Server.Routes.Families));
    }

    [Fact]
    public async Task A_token_shorter_lived_than_the_renewal_margin_is_not_renewed_on_every_call()
    {
        await using var server = TokenServer("""{"access_token":"short","expires_in":10}""");
        var client = HostileClients.Plain(server.BaseAddress, new TestClock(DateTimeOffset.UnixEpoch), o => o.Authentication = OAuth2);

        for (var i = 0; i < 5; i++)
        {
            await client.Families.ListAsync();
        }

        Assert.Equal(1, server.Requests.Count(r => r.Method == "POST"));
    }

    /// <summary>64 calls at once; how many failed on the token (all, during an outage).</summary>
    private static async Task<int> WaveAsync(TotvsEcommerceClient client)
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
        {
            try
            {
                await client.Families.ListAsync();
                return 0;
            }
            catch (TotvsApiException)
            {
                return 1;
            }
        }));
        return outcomes.Sum();
    }

    [Theory]
    [InlineData("""{"access_token":"forever","expires_in":900000000000}""")]
    [InlineData("""{"access_token":"negative","expires_in":-5}""")]
    public async Task An_absurd_lifetime_is_clamped_not_a_crash(string token)
    {
        await using var server = TokenServer(token);
        var client = HostileClients.Plain(server.BaseAddress, new TestClock(DateTimeOffset.UnixEpoch), o => o.Authentication = OAuth2);

        await client.Families.ListAsync();

        Assert.StartsWith("Bearer ", server.Requests.Single(r => r.Method == "GET").Headers["Authorization"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"access_token":"abc\r\nX-Injected: 1","expires_in":3600}""")]
    [InlineData("""{"access_token":"","expires_in":3600}""")]
    [InlineData("""<html>not a token</html>""")]
    public async Task A_malformed_token_answer_is_an_authentication_error(string body)
    {
        await using var server = TokenServer(body);
        var client = HostileClients.Plain(server.BaseAddress, new TestClock(DateTimeOffset.UnixEpoch), o => o.Authentication = OAuth2);

        var error = await Assert.ThrowsAsync<TotvsAuthenticationException>(() => client.Families.ListAsync());

        Assert.Contains("token endpoint", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Requests, r => r.Method == "GET");
    }

    private static HostileServer TokenServer(string tokenAnswer) => new((request, stream, ct) => request.Method == "POST"
        ? HostileServer.WriteJsonAsync(stream, 200, tokenAnswer, ct)
        : HostileServer.WriteJsonAsync(stream, 200, """{"hasNext":false,"items":[]}""", ct));
}
