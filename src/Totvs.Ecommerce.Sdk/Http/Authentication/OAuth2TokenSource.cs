using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Totvs.Ecommerce.Sdk.Http.Authentication;

/// <summary>
/// OAuth2 client credentials against Datasul's token endpoint. The token is cached, renewed a margin
/// before it expires and when the server refuses it with 401; concurrent callers share one token
/// request (single flight). Tokens and secrets never leave this class except in the header.
/// </summary>
internal sealed class OAuth2TokenSource : ICredentialSource, IDisposable
{
    private readonly TotvsHttpSender sender;
    private readonly Uri tokenEndpoint;
    private readonly AuthenticationHeaderValue clientHeader;
    private readonly TimeSpan renewalMargin;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile CachedToken? current;

    public OAuth2TokenSource(
        TotvsHttpSender sender, Uri tokenEndpoint, string clientId, string clientSecret, TimeSpan renewalMargin, TimeProvider timeProvider)
    {
        this.sender = sender;
        this.tokenEndpoint = tokenEndpoint;
        this.renewalMargin = renewalMargin;
        this.timeProvider = timeProvider;
        clientHeader = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
    }

    public bool CanRenew => true;

    public async ValueTask<AuthenticationHeaderValue> GetAsync(AuthenticationHeaderValue? rejected, CancellationToken cancellationToken)
    {
        var token = current;
        if (IsUsable(token, rejected))
        {
            return token!.Header;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have renewed the token while this one waited.
            token = current;
            if (IsUsable(token, rejected))
            {
                return token!.Header;
            }

            // A token the server refused with 401 means the session is gone: start over with the client credentials
            // instead of its refresh token. A token that merely expired is renewed with its refresh token.
            var refreshToken = rejected is null ? token?.RefreshToken : null;
            var renewed = await RequestTokenAsync(refreshToken, cancellationToken);
            current = renewed;
            return renewed.Header;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    public override string ToString() => $"OAuth2 {{ TokenEndpoint = {tokenEndpoint.AbsolutePath}, Token = *** }}";

    private bool IsUsable(CachedToken? token, AuthenticationHeaderValue? rejected) =>
        token is not null
        && !ReferenceEquals(token.Header, rejected)
        && timeProvider.GetUtcNow() < token.ExpiresAt - renewalMargin;

    private async Task<CachedToken> RequestTokenAsync(string? refreshToken, CancellationToken cancellationToken)
    {
        if (refreshToken is not null)
        {
            try
            {
                return await RequestTokenAsync("refresh_token", refreshToken, cancellationToken);
            }
            catch (TotvsApiException ex) when (!ex.IsTransient)
            {
                // An expired or revoked refresh token: fall back to the client credentials.
            }
        }

        return await RequestTokenAsync("client_credentials", null, cancellationToken);
    }

    private async Task<CachedToken> RequestTokenAsync(string grantType, string? refreshToken, CancellationToken cancellationToken)
    {
        const string operation = "token endpoint";
        var uri = new Uri($"{tokenEndpoint}?grant_type={grantType}");
        var form = refreshToken is null ? null : new Dictionary<string, string> { ["refresh_token"] = refreshToken };
        var requestedAt = timeProvider.GetUtcNow();
        var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Headers.Authorization = clientHeader;
        request.Content = form is null ? new ByteArrayContent([]) : new FormUrlEncodedContent(form);
        TotvsRequestOptions.MarkRepeatable(request);
        using var answer = await sender.SendAsync(request, tokenEndpoint.AbsolutePath, cancellationToken);

        if (answer.StatusCode is 400 or 401)
        {
            throw new TotvsAuthenticationException(
                $"The OAuth2 token endpoint {tokenEndpoint.AbsolutePath} refused the client credentials ({answer.StatusCode}). " +
                "Check Authentication:ClientId, Authentication:ClientSecret and Authentication:TokenPath.",
                answer.StatusCode, ErrorBodyReader.TryRead(answer.Body.Span), "POST", tokenEndpoint.AbsolutePath);
        }

        answer.ThrowIfFailed("POST", tokenEndpoint.AbsolutePath);

        OAuth2TokenResponse? wire;
        try
        {
            wire = JsonSerializer.Deserialize(answer.Body.Span, Serialization.TotvsJsonContext.Default.OAuth2TokenResponse);
        }
        catch (JsonException ex)
        {
            throw TotvsExceptionFactory.FromUnreadableBody("POST", tokenEndpoint.AbsolutePath, answer.StatusCode, "an OAuth2 token", ex);
        }

        if (string.IsNullOrEmpty(wire?.AccessToken))
        {
            throw new TotvsAuthenticationException(
                $"The OAuth2 {operation} {tokenEndpoint.AbsolutePath} answered without an access_token. Check Authentication:TokenPath.",
                answer.StatusCode, null, "POST", tokenEndpoint.AbsolutePath);
        }

        var lifetime = TimeSpan.FromSeconds(wire.ExpiresIn is > 0 ? wire.ExpiresIn.Value : 300);
        return new CachedToken(new AuthenticationHeaderValue("Bearer", wire.AccessToken), requestedAt + lifetime, wire.RefreshToken);
    }

    private sealed record CachedToken(AuthenticationHeaderValue Header, DateTimeOffset ExpiresAt, string? RefreshToken)
    {
        // Never print the token.
        public override string ToString() => $"Bearer *** (expires {ExpiresAt:O})";
    }
}
