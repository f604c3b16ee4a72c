using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Http.Authentication;

/// <summary>Wire shape of the answer of <c>/totvs-login-oauth2/oauth2/token</c>.</summary>
internal sealed class OAuth2TokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    /// <summary>Lifetime in seconds.</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; set; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; set; }
}
