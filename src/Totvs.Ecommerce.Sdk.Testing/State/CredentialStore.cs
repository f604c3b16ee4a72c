using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>The users, OAuth2 clients and issued tokens the fake server accepts. Thread-safe.</summary>
internal sealed class CredentialStore(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, string> basicUsers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> oauthClients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> accessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> refreshTokens = new(StringComparer.Ordinal);

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public void AddBasicUser(string username, string password) => basicUsers[username] = password;

    public void AddOAuthClient(string clientId, string clientSecret) => oauthClients[clientId] = clientSecret;

    public bool IsBasicUser(string username, string password) =>
        basicUsers.TryGetValue(username, out var expected) && FixedTimeEquals(expected, password);

    public bool IsOAuthClient(string clientId, string clientSecret) =>
        oauthClients.TryGetValue(clientId, out var expected) && FixedTimeEquals(expected, clientSecret);

    public bool IsValidAccessToken(string token) =>
        accessTokens.TryGetValue(token, out var expiresAt) && timeProvider.GetUtcNow() < expiresAt;

    /// <summary>Issues an access token and a refresh token for a client.</summary>
    public (string AccessToken, string RefreshToken, TimeSpan Lifetime) Issue(string clientId)
    {
        var access = NewToken();
        var refresh = NewToken();
        accessTokens[access] = timeProvider.GetUtcNow() + TokenLifetime;
        refreshTokens[refresh] = clientId;
        return (access, refresh, TokenLifetime);
    }

    /// <summary>Uses up a refresh token; returns its client, or null when unknown.</summary>
    public string? Redeem(string refreshToken) => refreshTokens.TryRemove(refreshToken, out var clientId) ? clientId : null;

    public void RevokeAllTokens()
    {
        accessTokens.Clear();
        refreshTokens.Clear();
    }

    private static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual));
}
