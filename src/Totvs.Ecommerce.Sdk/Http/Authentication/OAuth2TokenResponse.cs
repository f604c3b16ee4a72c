using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Http.Authentication;

/// <summary>Wire shape of the answer of <c>/totvs-login-oauth2/oauth2/token</c>.</summary>
internal sealed class OAuth2TokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    /// <summary>Lifetime in seconds.</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }
}
