using System.Diagnostics;
using NodaTime;
using Totvs.Ecommerce.Sdk.Diagnostics;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// The per-document status of a sync (seed 000: "per document a sync status: complete, or a problem with its
/// description; fix and sync again"), kept in a store so it survives restarts and is shared by replicas. Add documents
/// with <see cref="AddAsync"/> and send the due ones with <see cref="ProcessDueAsync"/> (replicas take disjoint documents;
/// a replica killed mid-document leaves it to another); or send one with <see cref="SendAsync"/>. A failed document stays
/// in the ledger with its code and is sent again when its schedule says so (seed 001: "o pedido será reprocessado").
/// </summary>
/// <remarks>
/// A document may be sent more than once when a replica dies after the ERP accepted it and before the ledger heard: send
/// with the ERP's natural key (as <c>client.Orders.CreateAsync</c> does) so a repeat finds the document instead of
/// creating it twice.
/// </remarks>
public sealed class DocumentSyncLedger
{
    private readonly IDocumentLedgerStore store;
    private readonly DocumentLedgerOptions options;

    /// <summary>Creates the ledger of one kind of document.</summary>
    /// <param name="store">Where statuses live: the SQLite or PostgreSQL store in production, <see cref="InMemorySyncStore"/> in tests.</param>
    /// <param name="kind">The kind of document, e.g. <c>orders</c> or <c>invoices</c>.</param>
    /// <param name="options">Claims and schedule; the defaults when <see langword="null"/>.</param>
    public DocumentSyncLedger(IDocumentLedgerStore store, string kind, DocumentLedgerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        this.options = options ?? new DocumentLedgerOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(this.options.Holder, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(this.options.ClaimDuration, TimeSpan.Zero, nameof(options));
        this.store = store;
        Kind = kind;
    }

    /// <summary>The kind of document this ledger keeps.</summary>
    public string Kind { get; }

    /// <summary>Adds documents to send; the ones the ledger already knows keep their status.</summary>
    /// <param name="documentKeys">Their keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were new.</returns>
    public Task<int> AddAsync(IEnumerable<string> documentKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentKeys);
        var keys = documentKeys.ToList();
        foreach (var key in keys)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key, nameof(documentKeys));
        }

        return store.AddPendingAsync(Kind, keys, Now(), cancellationToken);
    }

    /// <summary>
    /// Sends one document now and records the outcome. A document already synced is not sent again; one another replica
    /// is sending is left to it. Either way the current status is returned.
    /// </summary>
    /// <param name="documentKey">The document's key.</param>
    /// <param name="send">Sends it.</param>
    /// <param name="cancellationToken">Cancels the send (the document stays as it was).</param>
    /// <returns>The document's status after the call.</returns>
    public async Task<DocumentSyncStatus> SendAsync(string documentKey, Func<CancellationToken, Task> send, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentKey);
        ArgumentNullException.ThrowIfNull(send);
        await store.AddPendingAsync(Kind, [documentKey], Now(), cancellationToken).ConfigureAwait(false);
        var current = await store.FindAsync(Kind, documentKey, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The ledger store lost document {Kind}/{documentKey} right after adding it.");
        var now = Now();
        if (current.Value.State == DocumentSyncState.Synced || (current.Value.ClaimedUntil > now && current.Value.Holder != options.Holder))
        {
            return current.Value;
        }

        var claim = current.Value with { Holder = options.Holder, ClaimedUntil = now + Duration.FromTimeSpan(options.ClaimDuration), UpdatedAt = now };
        long version;
        try
        {
            version = await store.SaveAsync(claim, current.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (SyncConflictException)
        {
            return (await store.FindAsync(Kind, documentKey, cancellationToken).ConfigureAwait(false))!.Value;
        }

        var (status, _) = await SendClaimedAsync(new Versioned<DocumentSyncStatus>(claim, version), _ => send(cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return status;
    }

    /// <summary>
    /// Sends every due document — pending ones, and problems whose next attempt has come — claiming a batch at a time so
    /// that replicas share the work, until none is due.
    /// </summary>
    /// <param name="send">Sends a document by its key.</param>
    /// <param name="batchSize">How many documents to claim at a time.</param>
    /// <param name="progress">Told each document's new status as it is recorded.</param>
    /// <param name="cancellationToken">Cancels the run: the documents not yet sent are released to the other replicas.</param>
    /// <returns>What the run did.</returns>
    public async Task<DocumentRunResult> ProcessDueAsync(
        Func<string, CancellationToken, Task> send, int batchSize = 20, IProgress<DocumentSyncStatus>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        using var activity = TotvsTelemetry.Source.StartActivity($"sync.documents {Kind}", ActivityKind.Internal);
        activity?.SetTag("totvs.sync.kind", Kind);
        var result = await ProcessBatchesAsync(send, batchSize, progress, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("totvs.sync.synced", result.Synced);
        activity?.SetTag("totvs.sync.failed", result.Failed);
        activity?.SetTag("totvs.sync.given_up", result.GivenUp);
        if (result.Processed > 0 && options.Logger is { } logger)
        {
            TotvsLog.DocumentsProcessed(logger, Kind, result.Synced, result.Failed, result.GivenUp, result.Conflicts);
        }

        return result;
    }

    private async Task<DocumentRunResult> ProcessBatchesAsync(
        Func<string, CancellationToken, Task> send, int batchSize, IProgress<DocumentSyncStatus>? progress, CancellationToken cancellationToken)
    {
        int synced = 0, failed = 0, givenUp = 0, conflicts = 0;
        while (true)
        {
            var now = Now();
            var claims = await store.ClaimDueAsync(Kind, options.Holder, batchSize, now, now + Duration.FromTimeSpan(options.ClaimDuration), cancellationToken)
                .ConfigureAwait(false);
            if (claims.Count == 0)
            {
                return new DocumentRunResult(Kind, synced, failed, givenUp, conflicts);
            }

            var batch = claims.ToArray<Versioned<DocumentSyncStatus>?>();
            for (var i = 0; i < batch.Length; i++)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    await ReleaseAsync(batch.Skip(i).OfType<Versioned<DocumentSyncStatus>>()).ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                }

                await KeepClaimsAsync(batch, i).ConfigureAwait(false);
                if (batch[i] is not { } claim)
                {
                    conflicts++;
                    continue;
                }

                var key = claim.Value.DocumentKey;
                var (status, saved) = await SendClaimedAsync(claim, ct => send(key, ct), cancellationToken).ConfigureAwait(false);
                if (!saved)
                {
                    conflicts++;
                    continue;
                }

                progress?.Report(status);
                _ = status.State switch
                {
                    DocumentSyncState.Synced => synced++,
                    DocumentSyncState.GivenUp => givenUp++,
                    _ => failed++,
                };
            }
        }
    }

    /// <summary>The status of a document, or <see langword="null"/> when the ledger does not know it.</summary>
    /// <param name="documentKey">The document's key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Its status.</returns>
    public async Task<DocumentSyncStatus?> FindAsync(string documentKey, CancellationToken cancellationToken = default) =>
        (await store.FindAsync(Kind, documentKey, cancellationToken).ConfigureAwait(false))?.Value;

    /// <summary>The documents of the ledger, oldest first.</summary>
    /// <param name="state">Only those in this state (e.g. <see cref="DocumentSyncState.Problem"/>), or every one.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The statuses.</returns>
    public Task<IReadOnlyList<DocumentSyncStatus>> ListAsync(DocumentSyncState? state = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return store.ListAsync(Kind, state, limit, cancellationToken);
    }

    /// <summary>An operator's "fix it and sync again": a problem or given-up document becomes due now.</summary>
    /// <param name="documentKey">The document's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document's new status.</returns>
    /// <exception cref="InvalidOperationException">The ledger does not know the document, or it is already synced.</exception>
    public Task<DocumentSyncStatus> ForceRetryAsync(string documentKey, CancellationToken cancellationToken = default) =>
        ChangeAsync(documentKey, (status, now) => status.State == DocumentSyncState.Synced
            ? throw new InvalidOperationException($"Document {Kind}/{documentKey} is already synced; there is nothing to retry.")
            : status with { State = DocumentSyncState.Problem, NextAttemptAt = now, UpdatedAt = now }, cancellationToken);

    /// <summary>An operator gives a document up: it is never sent again unless forced.</summary>
    /// <param name="documentKey">The document's key.</param>
    /// <param name="reason">Why, for the next person who reads the ledger.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document's new status.</returns>
    /// <exception cref="InvalidOperationException">The ledger does not know the document, or it is already synced.</exception>
    public Task<DocumentSyncStatus> GiveUpAsync(string documentKey, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return ChangeAsync(documentKey, (status, now) => status.State == DocumentSyncState.Synced
            ? throw new InvalidOperationException($"Document {Kind}/{documentKey} is already synced; it cannot be given up.")
            : status with { State = DocumentSyncState.GivenUp, Description = reason, NextAttemptAt = null, UpdatedAt = now }, cancellationToken);
    }

    /// <summary>Sends a claimed document and saves the outcome under the claim's version.</summary>
    /// <returns>The new status, and whether it was saved (false: another replica took the document over meanwhile).</returns>
    private async Task<(DocumentSyncStatus Status, bool Saved)> SendClaimedAsync(
        Versioned<DocumentSyncStatus> claim, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        var attempts = claim.Value.Attempts + 1;
        DocumentSyncStatus outcome;
        try
        {
            await send(cancellationToken).ConfigureAwait(false);
            outcome = claim.Value with
            {
                State = DocumentSyncState.Synced, Attempts = attempts, FailureKind = null, ErrorCode = null, Description = null, NextAttemptAt = null,
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReleaseAsync([claim]).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            var failure = DocumentFailure.Of(ex);
            var now = Now();
            var outOfAttempts = attempts >= options.Schedule.MaxAttempts;
            outcome = claim.Value with
            {
                State = outOfAttempts ? DocumentSyncState.GivenUp : DocumentSyncState.Problem,
                Attempts = attempts,
                FailureKind = failure.Kind,
                ErrorCode = failure.Code,
                Description = failure.Description,
                NextAttemptAt = outOfAttempts ? null : options.Schedule.NextAttempt(failure.Kind, attempts, now),
            };
        }

        outcome = outcome with { Holder = null, ClaimedUntil = null, UpdatedAt = Now() };
        try
        {
            // The outcome is recorded even when the caller cancels now: the ERP already has the document.
            await store.SaveAsync(outcome, claim.Version, CancellationToken.None).ConfigureAwait(false);
            await CountOutcomeAsync(outcome).ConfigureAwait(false);
            return (outcome, true);
        }
        catch (SyncConflictException)
        {
            return (outcome, false);
        }
    }

    /// <summary>
    /// Counts a saved outcome for the status page's chart when the store keeps counts (<see cref="IDocumentOutcomeLog"/>).
    /// Best effort, after the outcome is saved: a count that fails is logged, never turned into the document's failure.
    /// </summary>
    private async Task CountOutcomeAsync(DocumentSyncStatus outcome)
    {
        if (store is not IDocumentOutcomeLog log)
        {
            return;
        }

        try
        {
            await log.CountOutcomeAsync(Kind, outcome.State == DocumentSyncState.Synced, outcome.UpdatedAt, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (Storage.StoreFailures.IsUnavailable(ex))
        {
            if (options.Logger is { } logger)
            {
                TotvsLog.OutcomeNotCounted(logger, Kind, ex);
            }
        }
    }

    /// <summary>
    /// Extends the claims left in a batch when less than half of the next one is left (the documents before it took long),
    /// so that no other replica takes them while this one is still on its way; a claim another replica took meanwhile
    /// becomes <see langword="null"/>.
    /// </summary>
    private async Task KeepClaimsAsync(Versioned<DocumentSyncStatus>?[] batch, int next)
    {
        var now = Now();
        var duration = Duration.FromTimeSpan(options.ClaimDuration);
        if (batch[next] is not { } claim || claim.Value.ClaimedUntil - now > duration / 2)
        {
            return;
        }

        for (var i = next; i < batch.Length; i++)
        {
            if (batch[i] is not { } held)
            {
                continue;
            }

            var extended = held.Value with { ClaimedUntil = now + duration, UpdatedAt = now };
            try
            {
                batch[i] = new Versioned<DocumentSyncStatus>(extended, await store.SaveAsync(extended, held.Version, CancellationToken.None).ConfigureAwait(false));
            }
            catch (SyncConflictException)
            {
                batch[i] = null;
            }
        }
    }

    /// <summary>Gives claims back unchanged, so that another replica need not wait for them to expire.</summary>
    private async Task ReleaseAsync(IEnumerable<Versioned<DocumentSyncStatus>> claims)
    {
        foreach (var claim in claims)
        {
            try
            {
                await store.SaveAsync(claim.Value with { Holder = null, ClaimedUntil = null }, claim.Version, CancellationToken.None).ConfigureAwait(false);
            }
            catch (SyncConflictException)
            {
                // Someone else has it already.
            }
        }
    }

    private async Task<DocumentSyncStatus> ChangeAsync(string documentKey, Func<DocumentSyncStatus, Instant, DocumentSyncStatus> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentKey);
        while (true)
        {
            var current = await store.FindAsync(Kind, documentKey, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The ledger has no document {Kind}/{documentKey}; add it first.");
            var changed = change(current.Value, Now());
            try
            {
                await store.SaveAsync(changed, current.Version, cancellationToken).ConfigureAwait(false);
                return changed;
            }
            catch (SyncConflictException)
            {
                // A replica changed it meanwhile (e.g. finished sending it): apply the operator's change to the new status.
            }
        }
    }

    /// <summary>The current time at the millisecond, the precision every store keeps.</summary>
    private Instant Now() => Instant.FromUnixTimeMilliseconds(options.Clock.GetCurrentInstant().ToUnixTimeMilliseconds());
}
