using System.Diagnostics;
using NodaTime;
using Totvs.Ecommerce.Sdk.Diagnostics;
using Totvs.Ecommerce.Sdk.Orders;

using Totvs.Ecommerce.Sdk.Time;

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
        ArgumentNullException.ThrowIfNull(this.options.Pace, nameof(options));
        ArgumentNullException.ThrowIfNull(this.options.TimeProvider, nameof(options));
        this.options.Pace.Validate();
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

        // The attempt counts from the claim on: a send cut short by a crash was an attempt.
        var claim = current.Value with
        {
            Holder = options.Holder, ClaimedUntil = now + Duration.FromTimeSpan(options.ClaimDuration), UpdatedAt = now, Attempts = current.Value.Attempts + 1,
        };
        long version;
        try
        {
            version = await store.SaveAsync(claim, current.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (SyncConflictException)
        {
            return (await store.FindAsync(Kind, documentKey, cancellationToken).ConfigureAwait(false))!.Value;
        }

        var outcome = await SendStartedAsync(claim, _ => send(cancellationToken),
            status => SaveOnceAsync(status, version), () => SaveOnceAsync(claim with { Holder = null, ClaimedUntil = null }, version), cancellationToken)
            .ConfigureAwait(false);
        return outcome ?? (await store.FindAsync(Kind, documentKey, cancellationToken).ConfigureAwait(false))!.Value;
    }

    /// <summary>Saves a status under a version; <see langword="false"/> when another replica saved it since.</summary>
    private async Task<bool> SaveOnceAsync(DocumentSyncStatus status, long version)
    {
        try
        {
            await store.SaveAsync(status, version, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (SyncConflictException)
        {
            return false;
        }
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> due documents — pending ones, and problems whose next attempt has come — for
    /// this replica (<see cref="DocumentLedgerOptions.Holder"/>) for <see cref="DocumentLedgerOptions.ClaimDuration"/>: no
    /// other replica takes them meanwhile. Send each with <see cref="SendAsync"/> (which records its outcome) — for
    /// example over a batch of your own — or let <see cref="ProcessDueAsync"/> do both at the ERP's pace.
    /// </summary>
    /// <param name="max">The most documents to claim.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The claimed documents, the longest due first; empty when none is due.</returns>
    public async Task<IReadOnlyList<DocumentSyncStatus>> ClaimDueAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var now = Now();
        var claims = await store.ClaimDueAsync(Kind, options.Holder, max, now, now + Duration.FromTimeSpan(options.ClaimDuration), cancellationToken)
            .ConfigureAwait(false);
        return [.. claims.Select(c => c.Value)];
    }

    /// <summary>
    /// Sends every due document — pending ones, and problems whose next attempt has come — at the ERP's pace, until none is
    /// due. Documents are claimed <paramref name="batchSize"/> at a time, so replicas share the work, and sent with at most
    /// <see cref="DocumentLedgerOptions.Pace"/>'s <see cref="OrderBatchOptions.MaxConcurrency"/> in flight: fewer while
    /// Datasul answers the SDK's calls with 429 or 503 or slows down, none while a Retry-After runs (the limit of
    /// <see cref="OrdersClient.CreateManyAsync"/>). Each claim is kept alive while its document waits or is in flight, and
    /// each outcome is recorded as it comes.
    /// </summary>
    /// <param name="send">Sends a document by its key; called concurrently for different documents.</param>
    /// <param name="batchSize">How many more documents to claim each time the ones claimed have all started.</param>
    /// <param name="progress">Told each document's new status as it is recorded, one at a time.</param>
    /// <param name="cancellationToken">
    /// Cancels the run: nothing more starts, the documents in flight end with the token, and every claim not finished is
    /// released to the other replicas (an interrupted send still counts as an attempt).
    /// </param>
    /// <returns>What the run did.</returns>
    public async Task<DocumentRunResult> ProcessDueAsync(
        Func<string, CancellationToken, Task> send, int batchSize = 20, IProgress<DocumentSyncStatus>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        using var activity = TotvsTelemetry.Source.StartActivity($"sync.documents {Kind}", ActivityKind.Internal);
        activity?.SetTag("totvs.sync.kind", Kind);
        var result = await new PacedDocumentRun(this, send, progress).RunAsync(batchSize, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("totvs.sync.synced", result.Synced);
        activity?.SetTag("totvs.sync.failed", result.Failed);
        activity?.SetTag("totvs.sync.given_up", result.GivenUp);
        if (result.Processed > 0 && options.Logger is { } logger)
        {
            TotvsLog.DocumentsProcessed(logger, Kind, result.Synced, result.Failed, result.GivenUp, result.Conflicts);
        }

        return result;
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

    /// <summary>
    /// Sends a document whose attempt was counted and saves the outcome with <paramref name="save"/>; on the caller's
    /// cancellation the claim is given back with <paramref name="release"/>.
    /// </summary>
    /// <returns>The outcome, or <see langword="null"/> when it was not saved (another replica took the document over meanwhile).</returns>
    internal async Task<DocumentSyncStatus?> SendStartedAsync(
        DocumentSyncStatus started, Func<CancellationToken, Task> send, Func<DocumentSyncStatus, Task<bool>> save, Func<Task> release,
        CancellationToken cancellationToken)
    {
        var attempts = started.Attempts;
        DocumentSyncStatus outcome;
        try
        {
            await send(cancellationToken).ConfigureAwait(false);
            outcome = started with
            {
                State = DocumentSyncState.Synced, FailureKind = null, ErrorCode = null, Description = null, NextAttemptAt = null,
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await release().ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            var failure = DocumentFailure.Of(ex);
            var now = Now();
            var outOfAttempts = attempts >= options.Schedule.MaxAttempts;
            outcome = started with
            {
                State = outOfAttempts ? DocumentSyncState.GivenUp : DocumentSyncState.Problem,
                FailureKind = failure.Kind,
                ErrorCode = failure.Code,
                Description = failure.Description,
                NextAttemptAt = outOfAttempts ? null : options.Schedule.NextAttempt(failure.Kind, attempts, now),
            };
        }

        // The outcome is recorded even when the caller cancels now: the ERP already has the document.
        outcome = outcome with { Holder = null, ClaimedUntil = null, UpdatedAt = Now() };
        if (!await save(outcome).ConfigureAwait(false))
        {
            return null;
        }

        await CountOutcomeAsync(outcome).ConfigureAwait(false);
        return outcome;
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

    /// <summary>Where the statuses live.</summary>
    internal IDocumentLedgerStore Store => store;

    /// <summary>The claims, schedule, clock and pace.</summary>
    internal DocumentLedgerOptions Options => options;

    /// <summary>The current time at the millisecond, the precision every store keeps.</summary>
    internal Instant Now() => Instant.FromUnixTimeMilliseconds(options.TimeProvider.GetCurrentInstant().ToUnixTimeMilliseconds());
}
