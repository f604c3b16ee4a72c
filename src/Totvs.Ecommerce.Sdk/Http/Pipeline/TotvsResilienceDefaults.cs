namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The time-outs the SDK gives the standard resilience handler, sized for Datasul: its own query limit is 60 seconds
/// (error 9999), so an attempt must be allowed to reach it — Microsoft's 10-second default would cut a slow but valid
/// query and send it again, loading the ERP more. Change them with <see cref="TotvsEcommerceOptions.Resilience"/>.
/// </summary>
internal static class TotvsResilienceDefaults
{
    /// <summary>One attempt: 75 seconds, Datasul's 60-second query limit and a margin for the network and the body.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(75);

    /// <summary>One operation, retries included: 6 minutes, room for the four attempts of the default retry and their back-offs.</summary>
    public static readonly TimeSpan TotalRequestTimeout = TimeSpan.FromMinutes(6);

    /// <summary>A POST that creates: one attempt of 75 seconds, never retried by the handler.</summary>
    public static readonly TimeSpan CreateTimeout = TimeSpan.FromSeconds(75);

    /// <summary>The circuit breaker's shortest sampling window: 3 minutes (the handler requires at least twice the attempt time-out).</summary>
    public static readonly TimeSpan CircuitBreakerSamplingDuration = TimeSpan.FromMinutes(3);
}
