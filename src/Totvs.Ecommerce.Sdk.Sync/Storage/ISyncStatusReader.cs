using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Reads a connector's state for an operator's screen (the status page of <c>Totvs.Ecommerce.Sdk.AspNetCore</c>): the
/// ledger's documents by page, their counts, outcomes per hour, and each pull's checkpoint. Read-only. Implementations:
/// <see cref="InMemorySyncStore"/> and the SQLite and PostgreSQL packages.
/// </summary>
public interface ISyncStatusReader
{
    /// <summary>Lists one page of documents, the newest change first.</summary>
    /// <param name="query">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page and how many documents match in all.</returns>
    Task<DocumentPage> QueryDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken);

    /// <summary>Counts the documents by kind and state.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One count per kind and state that has documents.</returns>
    Task<IReadOnlyList<DocumentStateCount>> CountDocumentsAsync(CancellationToken cancellationToken);

    /// <summary>The sends per hour by outcome, as the ledger counted them (<see cref="IDocumentOutcomeLog"/>, kept 31 days).</summary>
    /// <param name="from">The first hour (rounded down to the hour).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <param name="kind">Only this kind of document; every kind when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The hours that had an outcome, oldest first (hours without one are left out).</returns>
    Task<IReadOnlyList<DocumentHourlyOutcomes>> CountOutcomesByHourAsync(Instant from, Instant to, string? kind, CancellationToken cancellationToken);

    /// <summary>Lists every pull's checkpoint, by name.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checkpoints.</returns>
    Task<IReadOnlyList<NamedCheckpoint>> ListCheckpointsAsync(CancellationToken cancellationToken);
}
