using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// The documents whose latest outcome fell in one hour: synced, or left with a problem (a problem or given up). Each
/// document counts once, in the hour of its latest change.
/// </summary>
/// <param name="Hour">The start of the hour (UTC, on the hour).</param>
/// <param name="Synced">Documents synced in that hour.</param>
/// <param name="Problems">Documents that failed (or were given up) in that hour and are still not synced.</param>
public sealed record DocumentHourlyOutcomes(Instant Hour, int Synced, int Problems);
