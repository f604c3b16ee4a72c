namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// The per-document status of a sync (seed 000: "per document a sync status: complete, or a problem with its
/// description; fix and sync again"). Send documents through <see cref="SendAsync"/>; resend the retryable
/// failures with <see cref="ResyncAsync"/>. Thread-safe.
/// </summary>
public sealed class DocumentSyncLedger
{
    private readonly Dictionary<string, DocumentSyncStatus> statuses = new(StringComparer.Ordinal);

    /// <summary>Every document's status, in the order documents were first seen.</summary>
    public IReadOnlyList<DocumentSyncStatus> Statuses
    {
        get
        {
            lock (statuses)
            {
                return statuses.Values.ToList();
            }
        }
    }

    /// <summary>The documents that failed.</summary>
    public IReadOnlyList<DocumentSyncStatus> Problems => Statuses.Where(s => s.State == DocumentSyncState.Problem).ToList();

    /// <summary>
    /// Sends a document and records the outcome: synced; a problem that is retryable when the failure is
    /// transient (<see cref="TotvsApiException.IsTransient"/>); or a problem to fix (a rejection, bad data).
    /// </summary>
    /// <param name="documentKey">The document's key.</param>
    /// <param name="send">Sends it.</param>
    /// <param name="cancellationToken">Cancels the send (the document stays as it was).</param>
    /// <returns>The document's new status.</returns>
    public async Task<DocumentSyncStatus> SendAsync(string documentKey, Func<CancellationToken, Task> send, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentKey);
        ArgumentNullException.ThrowIfNull(send);
        var attempts = (Find(documentKey)?.Attempts ?? 0) + 1;
        DocumentSyncStatus status;
        try
        {
            await send(cancellationToken);
            status = new DocumentSyncStatus(documentKey, DocumentSyncState.Synced, null, false, attempts);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TotvsApiException ex)
        {
            status = new DocumentSyncStatus(documentKey, DocumentSyncState.Problem, ex.Message, ex.IsTransient, attempts);
        }
        catch (ArgumentException ex)
        {
            status = new DocumentSyncStatus(documentKey, DocumentSyncState.Problem, ex.Message, false, attempts);
        }

        lock (statuses)
        {
            statuses[documentKey] = status;
        }

        return status;
    }

    /// <summary>Sends again every document whose problem is retryable (or every problem, when <paramref name="includeNotRetryable"/> after the user fixed them).</summary>
    /// <param name="send">Sends a document by its key.</param>
    /// <param name="includeNotRetryable">Also resend problems that needed a fix.</param>
    /// <param name="cancellationToken">Cancels the resync.</param>
    /// <returns>The statuses of the documents resent.</returns>
    public async Task<IReadOnlyList<DocumentSyncStatus>> ResyncAsync(
        Func<string, CancellationToken, Task> send, bool includeNotRetryable = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(send);
        var resent = new List<DocumentSyncStatus>();
        foreach (var problem in Problems.Where(p => p.Retryable || includeNotRetryable))
        {
            resent.Add(await SendAsync(problem.DocumentKey, ct => send(problem.DocumentKey, ct), cancellationToken));
        }

        return resent;
    }

    /// <summary>The status of a document, or <see langword="null"/> when it was never sent.</summary>
    /// <param name="documentKey">The document's key.</param>
    /// <returns>Its status.</returns>
    public DocumentSyncStatus? Find(string documentKey)
    {
        lock (statuses)
        {
            return statuses.GetValueOrDefault(documentKey);
        }
    }
}
