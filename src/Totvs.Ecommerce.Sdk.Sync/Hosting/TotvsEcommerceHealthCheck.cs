using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;
using Totvs.Ecommerce.Sdk.Families;

namespace Totvs.Ecommerce.Sdk.Health;

/// <summary>
/// Probes Datasul cheaply — one family of the store, under a short time-out of its own — for a Generic Host's health
/// endpoint: Healthy when it answers; Degraded while the SDK's circuit breaker is open (the SDK is not calling Datasul
/// until it recovers); Unhealthy when it refuses the credentials, the integration is off, or it does not answer. The
/// report carries the SDK's messages, never a credential.
/// </summary>
public sealed class TotvsEcommerceHealthCheck : IHealthCheck
{
    private readonly TotvsEcommerceClient client;
    private readonly string? storeCode;
    private readonly TimeSpan timeout;

    /// <summary>Creates the check.</summary>
    /// <param name="client">The client to probe with.</param>
    /// <param name="storeCode">The store to read a family of; the client's default when <see langword="null"/>.</param>
    /// <param name="timeout">The probe's own time-out (5 seconds by default): a health endpoint must answer fast.</param>
    public TotvsEcommerceHealthCheck(TotvsEcommerceClient client, string? storeCode = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
        this.storeCode = storeCode;
        this.timeout = timeout ?? TimeSpan.FromSeconds(5);
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var probe = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        probe.CancelAfter(timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await client.Families.ListAsync(new FamilyListOptions { StoreCode = storeCode, PageSize = 1 }, probe.Token).ConfigureAwait(false);
            var elapsed = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return HealthCheckResult.Healthy($"Datasul answered in {elapsed:0} ms.", data: Outcome(AnsweredOutcome, elapsed));
        }
        catch (OperationCanceledException) when (probe.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Datasul did not answer within {timeout.TotalSeconds:0.#} s.", data: Outcome(TimedOutOutcome, timeout.TotalSeconds));
        }
        catch (TotvsApiException ex) when (IsCircuitOpen(ex))
        {
            return HealthCheckResult.Degraded("The SDK's circuit breaker is open after repeated failures: it is not calling Datasul until it recovers.", data: Outcome(CircuitOpenOutcome, null));
        }
        catch (TotvsApiException ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message, data: Outcome(FailedOutcome, ex.Code ?? ex.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The key of <see cref="HealthCheckResult.Data"/> that says what happened, so a page shows it in its own language.</summary>
    public const string OutcomeKey = "outcome";

    /// <summary>The key of the outcome's value: milliseconds when answered, seconds when timed out, Datasul's code when failed.</summary>
    public const string ValueKey = "value";

    /// <summary><see cref="OutcomeKey"/> when Datasul answered.</summary>
    public const string AnsweredOutcome = "answered";

    /// <summary><see cref="OutcomeKey"/> when Datasul did not answer in time.</summary>
    public const string TimedOutOutcome = "timedOut";

    /// <summary><see cref="OutcomeKey"/> when the SDK's circuit breaker is open.</summary>
    public const string CircuitOpenOutcome = "circuitOpen";

    /// <summary><see cref="OutcomeKey"/> when Datasul answered with an error.</summary>
    public const string FailedOutcome = "failed";

    private static Dictionary<string, object> Outcome(string outcome, object? value) =>
        value is null ? new() { [OutcomeKey] = outcome } : new() { [OutcomeKey] = outcome, [ValueKey] = value };

    private static bool IsCircuitOpen(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is BrokenCircuitException)
            {
                return true;
            }
        }

        return false;
    }
}
