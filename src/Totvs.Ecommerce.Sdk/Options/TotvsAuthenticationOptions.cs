namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Credentials and sign-in settings. <see cref="ToString"/> never shows the password or the client secret.
/// </summary>
public sealed class TotvsAuthenticationOptions
{
    /// <summary>The default token endpoint, relative to the base address.</summary>
    public const string DefaultTokenPath = "/totvs-login-oauth2/oauth2/token";

    /// <summary>Which sign-in the SDK uses.</summary>
    /// <value>Defaults to <see cref="TotvsAuthenticationMode.Basic"/>.</value>
    public TotvsAuthenticationMode Mode { get; set; } = TotvsAuthenticationMode.Basic;

    /// <summary>ERP user for <see cref="TotvsAuthenticationMode.Basic"/>.</summary>
    public string? Username { get; set; }

    /// <summary>Password of <see cref="Username"/>. Never logged nor shown.</summary>
    public string? Password { get; set; }

    /// <summary>OAuth2 client id for <see cref="TotvsAuthenticationMode.OAuth2ClientCredentials"/>.</summary>
    public string? ClientId { get; set; }

    /// <summary>OAuth2 client secret. Never logged nor shown.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path of the OAuth2 token endpoint on the same host.</summary>
    /// <value>Defaults to <see cref="DefaultTokenPath"/>.</value>
    public string TokenPath { get; set; } = DefaultTokenPath;

    /// <summary>
    /// How long before its expiry a cached token is renewed, so that a request never leaves with a token
    /// that dies on the way.
    /// </summary>
    /// <value>Defaults to 60 seconds.</value>
    public TimeSpan TokenRenewalMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    public override string ToString() => Mode == TotvsAuthenticationMode.Basic
        ? $"Basic {{ Username = {Username}, Password = {Redact(Password)} }}"
        : $"OAuth2ClientCredentials {{ ClientId = {ClientId}, ClientSecret = {Redact(ClientSecret)}, TokenPath = {TokenPath} }}";

    private static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
