namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Datasul knows the user but does not allow it this operation or this store (HTTP 403). Grant the
/// integration user access in the ERP; retrying as is will not help.
/// </summary>
public sealed class TotvsAuthorizationException : TotvsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and what to check.</param>
    /// <param name="error">The error body, if any.</param>
    /// <param name="requestMethod">The HTTP method of the refused request.</param>
    /// <param name="requestPath">The path of the refused request.</param>
    public TotvsAuthorizationException(string message, TotvsError? error, string? requestMethod, string? requestPath)
        : base(message, 403, error, false, requestMethod, requestPath, null)
    {
    }
}
