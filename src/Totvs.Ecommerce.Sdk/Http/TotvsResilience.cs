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
        options.Retry.ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context);
        options.CircuitBreaker.ShouldHandle = args => IsTransientAsync(args.Outcome, args.Context.CancellationToken);
    }

    /// <summary>
    /// Retry only what is transient and cannot create a record twice: a POST (an order) is never sent
    /// again blindly; the orders client makes its creation exactly-once by looking the order up instead.
    /// </summary>
    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var request = outcome.Result?.RequestMessage ?? context.GetRequestMessage();
        return TotvsRequestOptions.IsRepeatable(request) && await IsTransientAsync(outcome, context.CancellationToken);
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
        TotvsError? error = null;
        if (status is 400 or 500)
        {
            // Only the body tells a business rejection (never retried) from a server fault (retried).
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            error = ErrorBodyReader.TryRead(body);
        }

        return TotvsFailureClassifier.IsTransient(status, error);
    }
}
