using System.Text.Json;
using System.Net;
using System.Text;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>Turns a failed answer into the SDK exception whose message says what failed and what to do.</summary>
internal static class TotvsExceptionFactory
{
    public static TotvsApiException FromResponse(string method, string path, int statusCode, TotvsError? error)
    {
        var operation = $"{method} {path}";
        var status = $"{statusCode} {ReasonOf(statusCode)}";
        var serverSaid = DescribeServerError(error);

        if (statusCode == 401)
        {
            return new TotvsAuthenticationException(
                $"Datasul refused the credentials for {operation} ({status}).{serverSaid} Check Authentication:Username and " +
                "Authentication:Password (Basic) or Authentication:ClientId and Authentication:ClientSecret (OAuth2).",
                statusCode, error, method, path);
        }

        if (statusCode == 403)
        {
            return new TotvsAuthorizationException(
                $"The integration user is not allowed to {operation} ({status}).{serverSaid} Grant the user access to this " +
                "resource and store in the ERP.",
                error, method, path);
        }

        var transient = TotvsFailureClassifier.IsTransient(statusCode, error);
        if (!transient && error is { IsBusinessRejection: true } && statusCode >= 400 && (statusCode != 404 || !TotvsErrorCodes.IsNotFound(error.Code)))
        {
            return new TotvsBusinessRuleException(
                $"Datasul rejected {operation} with code {error.Code} ({status}).{serverSaid} Fix the cause and send again; " +
                $"see {TotvsException.ErrorCodesHelpLink} for what each code needs.",
                statusCode, error, method, path);
        }

        var advice = transient
            ? " This failure is transient: try again later."
            : statusCode == 404
                ? " Check the key, the store code and the route table (Routes) for your Datasul release."
                : statusCode is >= 400 and < 500
                    ? " The request was not accepted as sent: check the arguments named in the server's message."
                    : string.Empty;
        return new TotvsApiException($"{operation} failed with {status}.{serverSaid}{advice}", statusCode, error, transient, method, path, null);
    }

    /// <summary>
    /// An answer that is JSON but does not fit the model: names the field, what arrived and what the model expects, and
    /// says the SDK's model may be the cause. A body that is not the expected JSON at all gets the general message.
    /// </summary>
    public static TotvsApiException FromUnreadableRecord(string method, string path, int statusCode, string expected, JsonException inner, ReadOnlySpan<byte> body)
    {
        if (inner.Path is not { Length: > 2 })
        {
            return FromUnreadableBody(method, path, statusCode, expected, inner);
        }

        var problem = Serialization.JsonErrors.ToProblem(inner, body);
        return new(
            $"The answer of {method} {path} ({statusCode} {ReasonOf(statusCode)}) does not fit the SDK's model of {expected}: {problem}. " +
            "The value may be legitimate and the SDK's model the cause: report it; check also that BaseAddress, PathPrefix and Routes reach Datasul.",
            statusCode, null, false, method, path, inner);
    }

    public static TotvsApiException FromUnreadableBody(string method, string path, int statusCode, string expected, Exception inner) =>
        new(
            $"The answer of {method} {path} ({statusCode} {ReasonOf(statusCode)}) is not the JSON of {expected}: {inner.Message} " +
            "A proxy or a different Datasul release may be answering; check BaseAddress, PathPrefix and Routes.",
            statusCode, null, false, method, path, inner);

    public static TotvsApiException FromTransportFailure(string method, string path, string what, Exception inner) =>
        new($"{method} {path} failed: {what} This failure is transient: try again later.", null, null, true, method, path, inner);

    /// <summary>The longest server text an exception message repeats; the whole (capped) body stays on <see cref="TotvsApiException.Error"/>.</summary>
    private const int MaxServerText = 500;

    /// <summary>The most further reasons an exception message lists.</summary>
    private const int MaxListedDetails = 10;

    private static string DescribeServerError(TotvsError? error)
    {
        if (error is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder(" Server said: ");
        if (error.Code is not null)
        {
            text.Append('[').Append(Cut(error.Code, 40)).Append("] ");
        }

        text.Append(Cut(error.Message?.TrimEnd('.'), MaxServerText) ?? "(no message)").Append('.');
        if (!string.IsNullOrWhiteSpace(error.DetailedMessage) && error.DetailedMessage != error.Message)
        {
            text.Append(' ').Append(Cut(error.DetailedMessage.TrimEnd('.'), MaxServerText)).Append('.');
        }

        // Further reasons, so the user fixes them all at once; a flood of them is counted, not repeated.
        var details = error.Details.Where(d => d.Message is not null && d.Message != error.Message).ToList();
        foreach (var detail in details.Take(MaxListedDetails))
        {
            text.Append(" Also: ");
            if (detail.Code is not null && detail.Code != error.Code)
            {
                text.Append('[').Append(Cut(detail.Code, 40)).Append("] ");
            }

            text.Append(Cut(detail.Message!.TrimEnd('.'), MaxServerText)).Append('.');
        }

        var more = Math.Max(0, details.Count - MaxListedDetails) + error.OmittedDetails;
        if (more > 0)
        {
            text.Append(" (+").Append(more).Append(" more: see the exception's Error.)");
        }

        return text.ToString();
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length] + "…";

    private static string ReasonOf(int statusCode) =>
        Enum.IsDefined((HttpStatusCode)statusCode) ? ((HttpStatusCode)statusCode).ToString() : "Unknown";
}
