using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The SDK's rules for the standard resilience handler: what counts as transient (and so opens the
/// circuit), and what may be retried (transient and safe to send twice).
/// </summary>
internal static class TotvsResilience
{
    public static void ConfigureStandardHandler(HttpStandardResilienceOptions options)
    {
        options.AttemptTimeout.Timeout = TotvsResilienceDefaults.AttemptTimeout;
        options.TotalRequestTimeout.Timeout = TotvsResilienceDefaults.TotalRequestTimeout;
        options.CircuitBreaker.SamplingDuration = TotvsResilienceDefaults.CircuitBreakerSamplingDuration;
        options.Retry.ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context);
        // A failed POST does not count towards the breaker: it is never retried blindly, and the exactly-once look-ups
        // that follow it must not find the circuit opened by the very failures they are there to resolve.
        options.CircuitBreaker.ShouldHandle = args =>
            TotvsRequestOptions.IsRepeatable(args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage())
                ? IsTransientAsync(args.Outcome, args.Context.CancellationToken)
                : ValueTask.FromResult(false);
    }

    /// <summary>
    /// Retry only what is transient and cannot create a record twice: a POST (an order) is never sent
    /// again blindly; the orders client makes its creation exactly-once by looking the order up instead.
    /// </summary>
    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var request = outcome.Result?.RequestMessage ?? context.GetRequestMessage();
        return TotvsRequestOptions.IsRepeatable(request) && await IsTransientAsync(outcome, context.CancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is { } exception)
        {
            return exception is HttpRequestException or TimeoutRejectedException or IOException
                or TotvsApiException { IsTransient: true };
        }

        var response = outcome.Result;
        if (response is null)
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
}
