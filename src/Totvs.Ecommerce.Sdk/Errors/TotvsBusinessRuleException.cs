namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// The ERP refused the request for a business reason (Datasul answers these with HTTP 500 or 4xx and a
/// coded error body, e.g. <c>57382</c> or <c>CARRIER_NOT_MAPPED</c>). Fix the cause named by
/// <see cref="TotvsApiException.Code"/> and the message, then send again; the SDK never retries these by itself.
/// </summary>
public sealed class TotvsBusinessRuleException : TotvsApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and what to fix.</param>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="error">The error body, with its code.</param>
    /// <param name="requestMethod">The HTTP method of the refused request.</param>
    /// <param name="requestPath">The path of the refused request.</param>
    public TotvsBusinessRuleException(string message, int? statusCode, TotvsError error, string? requestMethod, string? requestPath)
        : base(message, statusCode, error, false, requestMethod, requestPath, null)
    {
    }
}
