using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>The users, OAuth2 clients and issued tokens the fake server accepts. Thread-safe.</summary>
internal sealed class CredentialStore(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, string> basicUsers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> oauthClients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string ClientId, DateTimeOffset ExpiresAt)> accessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> storeAccess = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> issued = new();

    /// <summary>Every access and refresh token ever issued, for tests that check no token leaks.</summary>
    public IReadOnlyList<string> Issued => issued.ToArray();
    private readonly ConcurrentDictionary<string, string> refreshTokens = new(StringComparer.Ordinal);

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public void AddBasicUser(string username, string password, IEnumerable<string>? stores = null)
    {
        basicUsers[username] = password;
        Restrict($"user:{username}", stores);
    }

    public void AddOAuthClient(string clientId, string clientSecret, IEnumerable<string>? stores = null)
    {
        oauthClients[clientId] = clientSecret;
        Restrict($"client:{clientId}", stores);
    }

    /// <summary>Whether a signed-in principal (<c>user:…</c> or <c>client:…</c>) may use a store; unrestricted principals may use all.</summary>
    public bool CanAccessStore(string principal, string storeCode) =>
        !storeAccess.TryGetValue(principal, out var stores) || stores.Contains(storeCode);

    /// <summary>The principal of a valid access token, or <see langword="null"/>.</summary>
    public string? PrincipalOfToken(string token) =>
        accessTokens.TryGetValue(token, out var issued) && timeProvider.GetUtcNow() < issued.ExpiresAt ? $"client:{issued.ClientId}" : null;

    public bool IsBasicUser(string username, string password) =>
        basicUsers.TryGetValue(username, out var expected) && FixedTimeEquals(expected, password);

    public bool IsOAuthClient(string clientId, string clientSecret) =>
        oauthClients.TryGetValue(clientId, out var expected) && FixedTimeEquals(expected, clientSecret);


    /// <summary>Issues an access token and a refresh token for a client.</summary>
    public (string AccessToken, string RefreshToken, TimeSpan Lifetime) Issue(string clientId)
    {
        var access = NewToken();
        var refresh = NewToken();
        accessTokens[access] = (clientId, timeProvider.GetUtcNow() + TokenLifetime);
        issued.Enqueue(access);
        issued.Enqueue(refresh);
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

    private void Restrict(string principal, IEnumerable<string>? stores)
    {
        if (stores is null)
        {
            storeAccess.TryRemove(principal, out _);
        }
        else
        {
            storeAccess[principal] = stores.ToHashSet(StringComparer.Ordinal);
        }
    }

    private static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual));
}
