using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// The documents one run of <see cref="DocumentSyncLedger.ProcessDueAsync"/> holds — claimed, waiting for a place or
/// in flight — with the version of each. Every write of the run to the ledger goes through here, one at a time, so that
/// a claim, a keep-alive and an outcome of one document never race each other (the store's compare-and-swap would then
/// throw this replica's own outcome away).
/// </summary>
internal sealed class HeldClaims(IDocumentLedgerStore store, string kind, string holder, Duration claimDuration, Func<Instant> now)
{
    private readonly SemaphoreSlim writes = new(1, 1);
    private readonly Dictionary<string, Versioned<DocumentSyncStatus>> held = new(StringComparer.Ordinal);

    /// <summary>
    /// Claims up to <paramref name="batchSize"/> more due documents. The store hands this holder its own claims back too
    /// (what a restarted replica needs): those already held here are in flight, so they only take the new version.
    /// </summary>
    /// <returns>The documents newly claimed, in the order the store gave them.</returns>
    public async Task<IReadOnlyList<string>> ClaimAsync(int batchSize, CancellationToken cancellationToken)
    {
        await writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var at = now();
            var claims = await store.ClaimDueAsync(kind, holder, batchSize + held.Count, at, at + claimDuration, cancellationToken).ConfigureAwait(false);
            var fresh = new List<string>(claims.Count);
            foreach (var claim in claims)
            {
                if (!held.ContainsKey(claim.Value.DocumentKey))
                {
                    fresh.Add(claim.Value.DocumentKey);
                }

                held[claim.Value.DocumentKey] = claim;
            }

            return fresh;
        }
        finally
        {
            writes.Release();
        }
    }

    /// <summary>
    /// Counts the attempt before it is made (a send cut short by a crash still counts) and renews the claim; <see langword="null"/>
    /// when another replica took the document over meanwhile.
    /// </summary>
    public Task<DocumentSyncStatus?> StartAsync(string documentKey) => WriteAsync(documentKey, keep: true, (claim, at) =>
        claim with { Attempts = claim.Attempts + 1, ClaimedUntil = at + claimDuration, UpdatedAt = at });

    /// <summary>Saves a document's outcome under the claim and lets it go; <see langword="false"/> when another replica took it over.</summary>
    public async Task<bool> FinishAsync(DocumentSyncStatus outcome) =>
        await WriteAsync(outcome.DocumentKey, keep: false, (_, _) => outcome).ConfigureAwait(false) is not null;

    /// <summary>Gives claims back as they are, so that another replica need not wait for them to expire.</summary>
    public async Task ReleaseAsync(IEnumerable<string> documentKeys)
    {
        foreach (var key in documentKeys.ToList())
        {
            await WriteAsync(key, keep: false, (claim, _) => claim with { Holder = null, ClaimedUntil = null }).ConfigureAwait(false);
        }
    }

    /// <summary>Renews the claims with less than half their time left, so no other replica takes a document this one is still on.</summary>
    public async Task KeepAliveAsync()
    {
        List<string> expiring;
        await writes.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            var at = now();
            expiring = [.. held.Where(h => h.Value.Value.ClaimedUntil - at <= claimDuration / 2).Select(h => h.Key)];
        }
        finally
        {
            writes.Release();
        }

        foreach (var key in expiring)
        {
            await WriteAsync(key, keep: true, (claim, at) => claim with { ClaimedUntil = at + claimDuration, UpdatedAt = at }).ConfigureAwait(false);
        }
    }

    private async Task<DocumentSyncStatus?> WriteAsync(string documentKey, bool keep, Func<DocumentSyncStatus, Instant, DocumentSyncStatus> change)
    {
        await writes.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (!held.Remove(documentKey, out var claim))
            {
                return null;
            }

            var changed = change(claim.Value, now());
            try
            {
                // Written whatever the caller's token says: the ERP may already have the document.
                var version = await store.SaveAsync(changed, claim.Version, CancellationToken.None).ConfigureAwait(false);
                if (keep)
                {
                    held[documentKey] = new Versioned<DocumentSyncStatus>(changed, version);
                }

                return changed;
            }
            catch (SyncConflictException)
            {
                return null; // another replica took it over (this claim had expired): it is theirs now
            }
            catch
            {
                held[documentKey] = claim; // the store failed: the claim is as it was
                throw;
            }
        }
        finally
        {
            writes.Release();
        }
    }
}
