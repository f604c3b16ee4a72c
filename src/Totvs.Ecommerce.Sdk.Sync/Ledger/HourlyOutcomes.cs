using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>The hours of <see cref="IDocumentOutcomeLog"/>, written once for every store.</summary>
internal static class HourlyOutcomes
{
    /// <summary>One hour in milliseconds, the unit the stores keep hours in.</summary>
    public const long HourMilliseconds = 3_600_000;

    /// <summary>The oldest hour kept when counting at <paramref name="now"/>.</summary>
    public static Instant RetainedFrom(Instant now) => HourOf(now) - Duration.FromDays(IDocumentOutcomeLog.RetainedDays);

    /// <summary>The start of the UTC hour an instant falls in.</summary>
    public static Instant HourOf(Instant instant) =>
        Instant.FromUnixTimeMilliseconds(Math.DivRem(instant.ToUnixTimeMilliseconds(), HourMilliseconds).Quotient * HourMilliseconds);
}
