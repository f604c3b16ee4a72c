using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

public sealed class AuthenticationTests
{
    private const string TokenPath = TotvsAuthenticationOptions.DefaultTokenPath;

    [Fact]
    public async Task OAuth2_token_is_requested_once_and_reused()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: server => server.AddStore("1").WithFamily("FER", "Ferramentas"), mode: TotvsAuthenticationMode.OAuth2ClientCredentials);

        await harness.Client.Families.ListAsync();
        await harness.Client.Families.ListAsync();

        Assert.Single(harness.Server.Journal.For("POST", TokenPath));
        Assert.All(harness.Server.Journal.For("GET", harness.Server.Routes.Families), e => Assert.Equal("Bearer", e.AuthenticationScheme));
    }

    [Fact]
    public async Task A_401_renews_the_OAuth2_token_once_and_the_call_succeeds()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: server => server.AddStore("1").WithFamily("FER", "Ferramentas"), mode: TotvsAuthenticationMode.OAuth2ClientCredentials);
        await harness.Client.Families.ListAsync();
        harness.Server.RevokeAllTokens();

        var page = await harness.Client.Families.ListAsync();

        Assert.Single(page.Items);
        Assert.Equal(2, harness.Server.Journal.For("POST", TokenPath).Count);
        Assert.Equal([200, 401, 200], harness.Server.Journal.For("GET", harness.Server.Routes.Families).Select(e => e.StatusCode));
    }

    [Fact]
    public async Task A_token_is_renewed_before_it_expires_on_the_clock()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: server => server.AddStore("1"), mode: TotvsAuthenticationMode.OAuth2ClientCredentials);
        await harness.Client.Families.ListAsync();

        // The fake issues 30-minute tokens; the SDK renews 60 s before expiry, so 29.5 minutes later it must ask again.
        harness.Clock.Advance(TimeSpan.FromMinutes(29.5));
        await harness.Client.Families.ListAsync();

        var tokenRequests = harness.Server.Journal.For("POST", TokenPath);
        Assert.Equal(2, tokenRequests.Count);
        Assert.Equal("refresh_token", tokenRequests[1].QueryValue("grant_type"));
        Assert.DoesNotContain("refresh_token=", tokenRequests[1].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Server.Journal.Entries, e => e.StatusCode == 401);
    }

    [Fact]
    public async Task Wrong_client_secret_is_an_authentication_error_that_says_what_to_check()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: server => server.AddStore("1"),
            configure: o => o.Authentication.ClientSecret = "wrong-secret",
            mode: TotvsAuthenticationMode.OAuth2ClientCredentials);

        var error = await Assert.ThrowsAsync<TotvsAuthenticationException>(() => harness.Client.Families.ListAsync());

        Assert.Contains("ClientSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Journal.For("GET", harness.Server.Routes.Families));
    }

    [Fact]
    public async Task Wrong_basic_password_is_a_401_authentication_error_sent_once()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: server => server.AddStore("1"), configure: o => o.Authentication.Password = "wrong-password");

        var error = await Assert.ThrowsAsync<TotvsAuthenticationException>(() => harness.Client.Families.ListAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("Authentication:Password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", error.ToString(), StringComparison.Ordinal);
        Assert.Single(harness.Server.Journal.For("GET", harness.Server.Routes.Families));
    }

    [Fact]
    public void Options_ToString_never_shows_secrets()
    {
        var options = new FakeDatasulServer().CreateClientOptions(mode: TotvsAuthenticationMode.OAuth2ClientCredentials);
        options.Authentication.Password = "basic-password";

        var text = options.ToString();

        Assert.DoesNotContain(FakeDatasulServer.DefaultClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("basic-password", text, StringComparison.Ordinal);
        Assert.Contains(FakeDatasulServer.DefaultClientId, text, StringComparison.Ordinal);
    }
}
