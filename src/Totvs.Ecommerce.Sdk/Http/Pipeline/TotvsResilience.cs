using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The SDK's settings of the standard resilience handler — Datasul's time-outs per kind of operation and the SDK's
/// predicates — and the same pipeline for a client built without DI.
/// </summary>
internal static class TotvsResilience
{
    /// <summary>Applies <paramref name="settings"/> and the SDK's predicates to the standard handler's options.</summary>
    public static void ConfigureStandardHandler(HttpStandardResilienceOptions options, TotvsResilienceOptions settings)
    {
        options.AttemptTimeout.Timeout = settings.AttemptTimeout;
        options.TotalRequestTimeout.Timeout = settings.TotalTimeout;

        // A create has one attempt of its own length; a repeatable request reads the options' time-outs when it is sent,
        // so a later ConfigureTotvsEcommerceResilience that changes Timeout still governs it.
        var attempt = options.AttemptTimeout;
        var total = options.TotalRequestTimeout;
        attempt.TimeoutGenerator = args => ValueTask.FromResult(IsCreate(args.Context) ? settings.CreateTimeout : attempt.Timeout);
        total.TimeoutGenerator = args => ValueTask.FromResult(IsCreate(args.Context) ? settings.CreateTimeout : total.Timeout);

        options.Retry.MaxRetryAttempts = settings.MaxRetryAttempts;
        options.Retry.Delay = settings.RetryDelay;
        options.Retry.ShouldHandle = TotvsResiliencePredicates.ShouldRetry;
        options.CircuitBreaker.BreakDuration = settings.BreakDuration;
        var twoAttempts = settings.AttemptTimeout * 2;
        options.CircuitBreaker.SamplingDuration = twoAttempts > TotvsResilienceDefaults.CircuitBreakerSamplingDuration
            ? twoAttempts
            : TotvsResilienceDefaults.CircuitBreakerSamplingDuration;
        options.CircuitBreaker.ShouldHandle = TotvsResiliencePredicates.ShouldBreak;
    }

    /// <summary>
    /// The handler of a client built without DI: the same strategies, in the same order, as the standard handler
    /// (total time-out, retry, circuit breaker, attempt time-out), on <paramref name="timeProvider"/>.
    /// </summary>
    public static ResilienceHandler CreateHandler(TotvsResilienceOptions settings, TimeProvider timeProvider)
    {
        var options = new HttpStandardResilienceOptions();
        ConfigureStandardHandler(options, settings);
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddTimeout(options.TotalRequestTimeout)
            .AddRetry(options.Retry)
            .AddCircuitBreaker(options.CircuitBreaker)
            .AddTimeout(options.AttemptTimeout)
            .Build();
        return new ResilienceHandler(pipeline);
    }

    private static bool IsCreate(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && !TotvsResiliencePredicates.IsRepeatable(request);
}
