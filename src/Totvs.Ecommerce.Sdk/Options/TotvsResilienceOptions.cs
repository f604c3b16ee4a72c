using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// How long the SDK waits for Datasul and how often it tries again, per kind of operation: a request that may be sent
/// again (a read, a PUT, a token request) is retried on transient failures within <see cref="TotalTimeout"/>; a POST
/// that creates is never sent twice by the handler (the order client's exactly-once loop looks it up instead), so it
/// gets one attempt of <see cref="CreateTimeout"/>.
/// </summary>
/// <remarks>
/// Part of <see cref="TotvsEcommerceOptions"/>, so it binds from the same configuration section
/// (<c>Totvs:Ecommerce:Resilience:AttemptTimeout = 00:01:15</c>) and applies to the DI client and to the client made with
/// <c>new TotvsEcommerceClient(options)</c> alike. For what these settings do not cover (rate limiter, jitter, a
/// predicate of your own), <c>services.ConfigureTotvsEcommerceResilience(…)</c> changes the whole standard handler.
/// </remarks>
public sealed class TotvsResilienceOptions
{
    /// <summary>One attempt of a repeatable request; cut past it and tried again.</summary>
    /// <value>Defaults to 75 s: Datasul's 60-second query limit and a margin.</value>
    public TimeSpan AttemptTimeout { get; set; } = TotvsResilienceDefaults.AttemptTimeout;

    /// <summary>A repeatable request, retries and back-offs included; past it the call fails as transient.</summary>
    /// <value>Defaults to 6 minutes.</value>
    public TimeSpan TotalTimeout { get; set; } = TotvsResilienceDefaults.TotalRequestTimeout;

    /// <summary>A POST that creates (an order, a customer): its one attempt.</summary>
    /// <value>Defaults to 75 s.</value>
    public TimeSpan CreateTimeout { get; set; } = TotvsResilienceDefaults.CreateTimeout;

    /// <summary>
    /// How many POSTs an exactly-once create (<c>Orders.CreateAsync</c>, <c>Customers.CreateAsync</c>) makes when the
    /// answer is lost or the server is briefly unavailable. Between them it looks the record up by its natural key, so a
    /// record is never created twice nor lost.
    /// </summary>
    /// <value>Defaults to 5; between 1 and 20.</value>
    public int CreationAttempts { get; set; } = 5;

    /// <summary>How many times a repeatable request is tried again after a transient failure.</summary>
    /// <value>Defaults to 3; between 0 (never) and 10.</value>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off; each next one doubles it, with jitter, and a <c>Retry-After</c> from Datasul wins.</summary>
    /// <value>Defaults to 2 seconds.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the circuit stays open (no call reaches Datasul) once too many repeatable requests failed.</summary>
    /// <value>Defaults to 5 seconds.</value>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public override string ToString() =>
        $"TotvsResilienceOptions {{ AttemptTimeout = {AttemptTimeout}, TotalTimeout = {TotalTimeout}, CreateTimeout = {CreateTimeout}, CreationAttempts = {CreationAttempts}, " +
        $"MaxRetryAttempts = {MaxRetryAttempts}, RetryDelay = {RetryDelay}, BreakDuration = {BreakDuration} }}";
}
