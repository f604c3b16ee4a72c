using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Totvs.Ecommerce.Sdk.Http.Authentication;

/// <summary>
/// OAuth2 client credentials against Datasul's token endpoint. The token is cached, renewed a margin before it expires
/// and when the server refuses it with 401. One acquisition runs at a time and its result, a token or a failure, reaches
/// every caller waiting for it: a failing token endpoint is asked once per acquisition, not once per caller. A failed
/// acquisition is held for a while (5 s, doubling with each failure in a row up to a minute): callers that come during
/// an outage meet that failure instead of starting acquisitions of their own, so an outage costs the endpoint a few
/// acquisitions, not one per wave of callers. Tokens and secrets never leave this class except in the header.
/// </summary>
internal sealed class OAuth2TokenSource : ICredentialSource, IDisposable
{
    /// <summary>The longest lifetime believed from <c>expires_in</c>; a larger value (or a hostile one) is clamped.</summary>
    private static readonly TimeSpan LongestLifetime = TimeSpan.FromDays(1);

    private readonly TotvsHttpSender sender;
    private readonly Uri tokenEndpoint;
    private readonly AuthenticationHeaderValue clientHeader;
    private readonly TimeSpan renewalMargin;
    private readonly TimeProvider timeProvider;
    /// <summary>How long the first failed acquisition is held; each failure in a row doubles it, up to <see cref="LongestFailureHold"/>.</summary>
    private static readonly TimeSpan FirstFailureHold = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan LongestFailureHold = TimeSpan.FromMinutes(1);

    private readonly Lock sync = new();
    private volatile CachedToken? current;
    private Task<CachedToken>? acquisition;
    private DateTimeOffset failureHeldUntil;
    private TimeSpan failureHold = FirstFailureHold;

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

        Task<CachedToken> shared;
        lock (sync)
        {
            token = current;
            if (IsUsable(token, rejected))
            {
                return token!.Header;
            }

            // Join the acquisition in flight, or start one. It belongs to no caller: a caller that gives up stops waiting,
            // the others still get its result. A finished one is not reused for a new need, except a failure still held:
            // that is every caller's answer until it expires, and the endpoint is not asked again meanwhile.
            var held = acquisition is { IsFaulted: true } && timeProvider.GetUtcNow() < failureHeldUntil;
            if (acquisition is null || (acquisition.IsCompleted && !held))
            {
                // A token the server refused with 401 means the session is gone: start over with the client credentials
                // instead of its refresh token. A token that merely expired is renewed with its refresh token.
                acquisition = AcquireAsync(rejected is null ? token?.RefreshToken : null);
            }

            shared = acquisition;
        }

        return (await shared.WaitAsync(cancellationToken).ConfigureAwait(false)).Header;
    }

    public void Dispose()
    {
        // Nothing to release: an acquisition in flight ends with its request.
    }

    public override string ToString() => $"OAuth2 {{ TokenEndpoint = {tokenEndpoint.AbsolutePath}, Token = *** }}";

    private bool IsUsable(CachedToken? token, AuthenticationHeaderValue? rejected) =>
        token is not null
        && !ReferenceEquals(token.Header, rejected)
        && timeProvider.GetUtcNow() < token.RenewAt;

    private async Task<CachedToken> AcquireAsync(string? refreshToken)
    {
        // Run apart from the caller that started it (ConfigureAwait, no caller token): the pipeline's time-outs bound it.
        await Task.Yield();
        CachedToken token;
        try
        {
            token = await RequestTokenAsync(refreshToken, CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            lock (sync)
            {
                failureHeldUntil = timeProvider.GetUtcNow() + failureHold;
                failureHold = failureHold * 2 < LongestFailureHold ? failureHold * 2 : LongestFailureHold;
            }

            throw;
        }

        lock (sync)
        {
            failureHold = FirstFailureHold;
        }

        current = token;
        return token;
    }

    private async Task<CachedToken> RequestTokenAsync(string? refreshToken, CancellationToken cancellationToken)
    {
        if (refreshToken is not null)
        {
            try
            {
                return await RequestTokenAsync("refresh_token", refreshToken, cancellationToken).ConfigureAwait(false);
            }
            catch (TotvsApiException ex) when (!ex.IsTransient)
            {
                // An expired or revoked refresh token: fall back to the client credentials.
            }
        }

        return await RequestTokenAsync("client_credentials", null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CachedToken> RequestTokenAsync(string grantType, string? refreshToken, CancellationToken cancellationToken)
    {
        var uri = new Uri($"{tokenEndpoint}?grant_type={grantType}");
        var form = refreshToken is null ? null : new Dictionary<string, string> { ["refresh_token"] = refreshToken };
        var requestedAt = timeProvider.GetUtcNow();
        var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Headers.Authorization = clientHeader;
        request.Content = form is null ? new ByteArrayContent([]) : new FormUrlEncodedContent(form);
        TotvsRequestOptions.MarkRepeatable(request);
        using var answer = await sender.SendAsync(request, tokenEndpoint.AbsolutePath, cancellationToken).ConfigureAwait(false);

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
            Serialization.JsonErrors.ThrowIfNotUtf8(answer.Body.Span);
            wire = JsonSerializer.Deserialize(answer.Body.Span, Serialization.TotvsJsonContext.Default.OAuth2TokenResponse);
        }
        catch (JsonException)
        {
            throw Malformed(answer.StatusCode, "is not the JSON of an OAuth2 token");
        }

        if (string.IsNullOrEmpty(wire?.AccessToken))
        {
            throw Malformed(answer.StatusCode, "has no access_token");
        }

        // A token goes into a header: anything but visible ASCII (CR/LF above all) would break or split it.
        if (wire.AccessToken.Any(c => c is <= ' ' or > '~') || wire.RefreshToken?.Any(char.IsControl) == true)
        {
            throw Malformed(answer.StatusCode, "carries a token with characters a header cannot hold");
        }

        // expires_in is clamped (a huge or negative value must not overflow the clock); the renewal margin shrinks with a
        // short lifetime, so a 30-second token is not renewed before every call.
        var lifetime = wire.ExpiresIn is > 0 and var seconds && seconds < LongestLifetime.TotalSeconds ? TimeSpan.FromSeconds(seconds) : wire.ExpiresIn is > 0 ? LongestLifetime : TimeSpan.FromMinutes(5);
        var margin = renewalMargin < lifetime / 4 ? renewalMargin : lifetime / 4;
        return new CachedToken(new AuthenticationHeaderValue("Bearer", wire.AccessToken), requestedAt + lifetime - margin, wire.RefreshToken);
    }

    private TotvsAuthenticationException Malformed(int statusCode, string what) => new(
        $"The OAuth2 token endpoint {tokenEndpoint.AbsolutePath} answered {statusCode} with a body that {what}. Check Authentication:TokenPath " +
        "(the SDK may be reaching another service).",
        statusCode, null, "POST", tokenEndpoint.AbsolutePath);

    private sealed record CachedToken(AuthenticationHeaderValue Header, DateTimeOffset RenewAt, string? RefreshToken)
    {
        // Never print the token.
        public override string ToString() => $"Bearer *** (renewed after {RenewAt:O})";
    }
}
