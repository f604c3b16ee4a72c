using Microsoft.Extensions.Http.Resilience;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>The SDK's settings of the standard resilience handler: Datasul's time-outs and the SDK's predicates.</summary>
internal static class TotvsResilience
{
    public static void ConfigureStandardHandler(HttpStandardResilienceOptions options)
    {
        options.AttemptTimeout.Timeout = TotvsResilienceDefaults.AttemptTimeout;
        options.TotalRequestTimeout.Timeout = TotvsResilienceDefaults.TotalRequestTimeout;
        options.CircuitBreaker.SamplingDuration = TotvsResilienceDefaults.CircuitBreakerSamplingDuration;
        options.Retry.ShouldHandle = TotvsResiliencePredicates.ShouldRetry;
        options.CircuitBreaker.ShouldHandle = TotvsResiliencePredicates.ShouldBreak;
    }
}
