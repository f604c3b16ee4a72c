using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// When a failed document is sent again, by why it failed: a transient failure soon, a business rejection slowly (until
/// someone fixes the ERP's setup), an invalid document only when an operator forces it. The delay doubles with each
/// attempt up to the kind's longest delay.
/// </summary>
public sealed record ReprocessingSchedule
{
    /// <summary>The first delay after a transient failure (30 seconds by default).</summary>
    public TimeSpan TransientFirstDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest delay between transient failures (15 minutes by default).</summary>
    public TimeSpan TransientMaxDelay { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The first delay after a business rejection (15 minutes by default).</summary>
    public TimeSpan RejectedFirstDelay { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest delay between business rejections (6 hours by default).</summary>
    public TimeSpan RejectedMaxDelay { get; init; } = TimeSpan.FromHours(6);

    /// <summary>The delay after an invalid document; <see langword="null"/> (the default): only an operator's forced retry sends it again.</summary>
    public TimeSpan? InvalidDelay { get; init; }

    /// <summary>After this many attempts a document is given up (<see cref="DocumentSyncState.GivenUp"/>); <see langword="null"/> (the default): never.</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>When a document that failed is due again.</summary>
    /// <param name="kind">Why it failed.</param>
    /// <param name="attempts">How many times it was sent, this one included.</param>
    /// <param name="now">When it failed.</param>
    /// <returns>The next attempt, or <see langword="null"/> when it waits for an operator.</returns>
    public Instant? NextAttempt(DocumentFailureKind kind, int attempts, Instant now)
    {
        var (first, max) = kind switch
        {
            DocumentFailureKind.Transient => (TransientFirstDelay, TransientMaxDelay),
            DocumentFailureKind.Rejected => (RejectedFirstDelay, RejectedMaxDelay),
            _ => (InvalidDelay ?? TimeSpan.Zero, InvalidDelay ?? TimeSpan.Zero),
        };
        if (kind == DocumentFailureKind.Invalid && InvalidDelay is null)
        {
            return null;
        }

        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = TimeSpan.FromTicks((long)Math.Min(first.Ticks * Math.Pow(2, doublings), max.Ticks));
        return now + Duration.FromTimeSpan(delay);
    }
}
