namespace Totvs.Ecommerce.Sdk;

/// <summary>How the SDK signs its requests in to Datasul.</summary>
public enum TotvsAuthenticationMode
{
    /// <summary>HTTP Basic with an ERP user and password (the integration's "URL e usuário").</summary>
    Basic = 0,

    /// <summary>
    /// OAuth2 client credentials against <c>/totvs-login-oauth2/oauth2/token</c>; the SDK caches the
    /// token, renews it before it expires and once when the server answers 401.
    /// </summary>
    OAuth2ClientCredentials = 1,
}
