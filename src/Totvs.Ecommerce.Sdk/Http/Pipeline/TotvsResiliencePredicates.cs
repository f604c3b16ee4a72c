using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The SDK's judgement of an HTTP outcome, for an application that builds its own resilience pipeline (or changes the
/// standard one's <c>ShouldHandle</c>) and wants to keep Datasul's rules: what is transient, and what may be sent again.
/// </summary>
public static class TotvsResiliencePredicates
{
    /// <summary>
    /// Whether an outcome is a transient failure: 408, 429, 502–504, a 500 or 400 whose body is not a business rejection,
    /// Datasul's 9999, a connection failure or a time-out. A business rejection (a body with a code, e.g. 57382) is not.
    /// </summary>
    /// <param name="outcome">The outcome of one attempt.</param>
    /// <returns>Whether trying again later can succeed.</returns>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is { } exception)
        {
            return exception is HttpRequestException or TimeoutRejectedException or IOException or TotvsApiException { IsTransient: true };
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        var status = (int)response.StatusCode;

        // Only the body tells a business rejection (never retried) from a server fault (retried). The SDK's body handler
        // has read it already, under the size cap and the read timeout; a body this predicate would have to read itself
        // (a pipeline without that handler) is not read: the status alone decides.
        var error = status is 400 or 500 && response.Content is PooledBodyContent body ? ErrorBodyReader.TryRead(body.Span) : null;
        return TotvsFailureClassifier.IsTransient(status, error);
    }

    /// <summary>Whether a request may be sent twice: GET, HEAD, OPTIONS, PUT, DELETE and the token request — never a POST that creates.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Whether a blind retry is safe.</returns>
    public static bool IsRepeatable(HttpRequestMessage? request) => TotvsRequestOptions.IsRepeatable(request);

    /// <summary>The retry predicate of the SDK: a transient failure of a repeatable request.</summary>
    /// <param name="args">The retry's arguments.</param>
    /// <returns>Whether to retry.</returns>
    public static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args) =>
        ValueTask.FromResult(IsRepeatable(args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage()) && IsTransient(args.Outcome));

    /// <summary>
    /// The circuit breaker's predicate of the SDK: a transient failure of a repeatable request. A failed POST does not
    /// count: it is never retried blindly, and the exactly-once look-ups that follow it must not find the circuit opened
    /// by the very failures they are there to resolve.
    /// </summary>
    /// <param name="args">The breaker's arguments.</param>
    /// <returns>Whether the outcome counts as a failure.</returns>
    public static ValueTask<bool> ShouldBreak(CircuitBreakerPredicateArguments<HttpResponseMessage> args) =>
        ValueTask.FromResult(IsRepeatable(args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage()) && IsTransient(args.Outcome));
}
