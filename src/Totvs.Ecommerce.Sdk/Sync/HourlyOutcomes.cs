using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>What <see cref="ISyncStatusReader.CountOutcomesByHourAsync"/> counts, written once for the in-memory store (the database stores say it in SQL).</summary>
internal static class HourlyOutcomes
{
    private const long HourMilliseconds = 3_600_000;

    /// <summary>Synced, problem and given up are outcomes; pending is not (it was not sent yet).</summary>
    public static bool IsOutcome(DocumentSyncState state) => state != DocumentSyncState.Pending;

    /// <summary>The start of the UTC hour an instant falls in.</summary>
    public static Instant HourOf(Instant instant) =>
        Instant.FromUnixTimeMilliseconds(Math.DivRem(instant.ToUnixTimeMilliseconds(), HourMilliseconds).Quotient * HourMilliseconds);
}
