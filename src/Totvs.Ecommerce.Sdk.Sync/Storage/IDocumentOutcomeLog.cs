using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Counts every send's outcome per hour, as <see cref="DocumentSyncLedger"/> records it, for the status page's chart
/// (<see cref="ISyncStatusReader.CountOutcomesByHourAsync"/>): a document refused twice then synced counts two problems
/// and one sync, each in its hour. Kept for <see cref="RetainedDays"/> days. Implementations: <see cref="InMemorySyncStore"/>
/// and the SQLite and PostgreSQL packages.
/// </summary>
public interface IDocumentOutcomeLog
{
    /// <summary>How many days of counts are kept.</summary>
    public const int RetainedDays = 31;

    /// <summary>Counts one send's outcome in the hour of <paramref name="at"/>.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="synced">Whether the send synced the document (otherwise it failed, or ran out of attempts).</param>
    /// <param name="at">When the outcome was recorded.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the count is stored.</returns>
    Task CountOutcomeAsync(string kind, bool synced, Instant at, CancellationToken cancellationToken);
}
