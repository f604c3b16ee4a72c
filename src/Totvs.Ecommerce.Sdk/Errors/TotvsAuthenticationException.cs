namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Datasul did not accept the credentials (HTTP 401, or the OAuth2 token endpoint refused the client).
/// Fix the user/password or client id/secret in <see cref="TotvsAuthenticationOptions"/>; retrying as is will not help.
/// </summary>
public sealed class TotvsAuthenticationException : TotvsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and what to check.</param>
    /// <param name="statusCode">The HTTP status (401, or what the token endpoint answered).</param>
    /// <param name="error">The error body, if any.</param>
    /// <param name="requestMethod">The HTTP method of the refused request.</param>
    /// <param name="requestPath">The path of the refused request.</param>
    public TotvsAuthenticationException(string message, int? statusCode, TotvsError? error, string? requestMethod, string? requestPath)
        : base(message, statusCode, error, false, requestMethod, requestPath, null)
    {
    }
}
