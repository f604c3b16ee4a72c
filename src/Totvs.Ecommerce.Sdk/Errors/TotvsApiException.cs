namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// A call to Datasul failed: the server refused it, answered something the SDK cannot read, or could not
/// be reached. <see cref="IsTransient"/> tells whether trying again later can succeed.
/// </summary>
/// <remarks>
/// The message names the operation (method and route, never query values or credentials), the HTTP
/// status and the server's code and message. Subtypes exist only where a caller handles the failure
/// differently: <see cref="TotvsAuthenticationException"/>, <see cref="TotvsAuthorizationException"/>
/// and <see cref="TotvsBusinessRuleException"/>.
/// </remarks>
public class TotvsApiException : TotvsException
{
    /// <summary>Creates an exception with a message only (for tests and mocks).</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public TotvsApiException(string message)
        : this(message, null, null, false, null, null, null)
    {
    }

    /// <summary>Creates an exception for a failed Datasul call.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="statusCode">The HTTP status, or <see langword="null"/> when no answer arrived.</param>
    /// <param name="error">The error body the server sent, if it sent one.</param>
    /// <param name="isTransient">Whether trying again later can succeed.</param>
    /// <param name="requestMethod">The HTTP method of the failed request.</param>
    /// <param name="requestPath">The path of the failed request, without query.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public TotvsApiException(
        string message,
        int? statusCode,
        TotvsError? error,
        bool isTransient,
        string? requestMethod,
        string? requestPath,
        Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Error = error;
        IsTransient = isTransient;
        RequestMethod = requestMethod;
        RequestPath = requestPath;
    }

    /// <summary>The HTTP status of the answer, or <see langword="null"/> when no answer arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The error body the server sent, or <see langword="null"/> when it sent none the SDK could read.</summary>
    public TotvsError? Error { get; }

    /// <summary>
    /// The server's code (a Datasul number such as <c>57382</c> or a symbolic code such as
    /// <c>ORDER_DUPLICATE</c>; see <see cref="TotvsErrorCodes"/>), or <see langword="null"/>.
    /// </summary>
    public string? Code => Error?.Code;

    /// <summary>The server's own message, or <see langword="null"/>.</summary>
    public string? ServerMessage => Error?.Message;

    /// <summary>Whether the same call can succeed if tried again later (time-outs, 429, 502–504, connection failures).</summary>
    public bool IsTransient { get; }

    /// <summary>
    /// Whether the server answered 404 Not Found with nothing more than "not found" (no code, or a not-found code).
    /// A 404 that carries a business code such as <c>STORE_NOT_FOUND</c> is not: the call itself was wrong.
    /// </summary>
    public bool IsNotFound => StatusCode == 404 && TotvsErrorCodes.IsNotFound(Code);

    /// <summary>The HTTP method of the failed request.</summary>
    public string? RequestMethod { get; }

    /// <summary>The path of the failed request, without its query (which may carry data).</summary>
    public string? RequestPath { get; }
}
