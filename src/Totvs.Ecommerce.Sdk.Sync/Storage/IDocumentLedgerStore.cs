using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Keeps the document ledger (<see cref="DocumentSyncLedger"/>): each document's status with a version, and claims so
/// that replicas take disjoint documents. Implementations: <see cref="InMemorySyncStore"/> and the SQLite and PostgreSQL
/// packages.
/// </summary>
public interface IDocumentLedgerStore
{
    /// <summary>Adds documents as pending; the ones already known are left as they are.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="documentKeys">Their keys.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the call (all the keys are added, or none).</param>
    /// <returns>How many were new.</returns>
    Task<int> AddPendingAsync(string kind, IReadOnlyCollection<string> documentKeys, Instant now, CancellationToken cancellationToken);

    /// <summary>Reads a document's status.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="documentKey">Its key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The status and its version, or <see langword="null"/> when the ledger does not know the document.</returns>
    Task<Versioned<DocumentSyncStatus>?> FindAsync(string kind, string documentKey, CancellationToken cancellationToken);

    /// <summary>Lists documents, oldest first.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="state">Only those in this state, or every one.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The statuses.</returns>
    Task<IReadOnlyList<DocumentSyncStatus>> ListAsync(string kind, DocumentSyncState? state, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> documents that are due — pending, or a problem whose next attempt has come —
    /// and that nobody else holds (or whose holder's claim expired); a replica restarted under its name takes its own claims
    /// back at once. Two replicas never get the same document.
    /// </summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="holder">Who claims (a replica's name).</param>
    /// <param name="max">The most to claim.</param>
    /// <param name="now">The current time.</param>
    /// <param name="claimedUntil">Until when the claim holds.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The claimed statuses with their versions (pass the version back to save the outcome).</returns>
    Task<IReadOnlyList<Versioned<DocumentSyncStatus>>> ClaimDueAsync(
        string kind, string holder, int max, Instant now, Instant claimedUntil, CancellationToken cancellationToken);

    /// <summary>Saves a document's status if nobody saved it since <paramref name="expectedVersion"/>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="expectedVersion">The version read (0 when the document is new).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="SyncConflictException">Someone else saved the document since <paramref name="expectedVersion"/>.</exception>
    Task<long> SaveAsync(DocumentSyncStatus status, long expectedVersion, CancellationToken cancellationToken);
}
