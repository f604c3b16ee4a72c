using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Keeps checkpoints, leases, the document ledger and the product map in memory, with the same versions, conflicts and
/// claims as the database stores: for tests, and for state that may start over with each process. Thread-safe.
/// </summary>
public sealed class InMemorySyncStore : ISyncCheckpointStore, ISyncLeaseStore, IDocumentLedgerStore, IProductMapStore, ISyncStatusReader, IDocumentOutcomeLog
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Versioned<SyncCheckpoint>> checkpoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SyncLease> leases = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Key), Versioned<DocumentSyncStatus>> documents = [];
    private readonly Dictionary<string, Versioned<ProductMapping>> mappings = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Kind, Instant Hour), (int Synced, int Problems)> outcomes = [];

    /// <inheritdoc />
    public Task<Versioned<SyncCheckpoint>?> LoadAsync(string name, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(checkpoints.GetValueOrDefault(name));
        }
    }

    /// <inheritdoc />
    public Task<long> SaveAsync(string name, SyncCheckpoint checkpoint, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        lock (gate)
        {
            return Task.FromResult(Swap(checkpoints, name, checkpoint, expectedVersion, name));
        }
    }

    /// <inheritdoc />
    public Task<SyncLease?> TryAcquireAsync(string name, string holder, Instant now, Instant expiresAt, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var current = leases.GetValueOrDefault(name);
            if (current is not null && current.ExpiresAt > now && current.Holder != holder)
            {
                return Task.FromResult<SyncLease?>(null);
            }

            var lease = new SyncLease(name, holder, (current?.Token ?? 0) + 1, expiresAt);
            leases[name] = lease;
            return Task.FromResult<SyncLease?>(lease);
        }
    }

    /// <inheritdoc />
    public Task<SyncLease?> RenewAsync(SyncLease lease, Instant expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (gate)
        {
            if (leases.GetValueOrDefault(lease.Name) is not { } current || current.Token != lease.Token || current.Holder != lease.Holder)
            {
                return Task.FromResult<SyncLease?>(null);
            }

            var renewed = current with { ExpiresAt = expiresAt };
            leases[lease.Name] = renewed;
            return Task.FromResult<SyncLease?>(renewed);
        }
    }

    /// <inheritdoc />
    public Task ReleaseAsync(SyncLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (gate)
        {
            if (leases.GetValueOrDefault(lease.Name) is { } current && current.Token == lease.Token && current.Holder == lease.Holder)
            {
                leases[lease.Name] = current with { ExpiresAt = Instant.MinValue };
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<int> AddPendingAsync(string kind, IReadOnlyCollection<string> documentKeys, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentKeys);
        var added = 0;
        lock (gate)
        {
            foreach (var key in documentKeys)
            {
                if (documents.TryAdd((kind, key), new Versioned<DocumentSyncStatus>(
                    new DocumentSyncStatus { Kind = kind, DocumentKey = key, CreatedAt = now, UpdatedAt = now }, 1)))
                {
                    added++;
                }
            }
        }

        return Task.FromResult(added);
    }

    /// <inheritdoc />
    public Task<Versioned<DocumentSyncStatus>?> FindAsync(string kind, string documentKey, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(documents.GetValueOrDefault((kind, documentKey)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentSyncStatus>> ListAsync(string kind, DocumentSyncState? state, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<DocumentSyncStatus> list = documents.Values.Select(d => d.Value)
                .Where(d => d.Kind == kind && (state is null || d.State == state))
                .OrderBy(d => d.CreatedAt).ThenBy(d => d.DocumentKey, StringComparer.Ordinal)
                .Take(limit).ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Versioned<DocumentSyncStatus>>> ClaimDueAsync(
        string kind, string holder, int max, Instant now, Instant claimedUntil, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var due = documents.Values
                .Where(d => d.Value.Kind == kind && DocumentDue.IsClaimable(d.Value, holder, now))
                .OrderBy(d => DocumentDue.OrderOf(d.Value)).ThenBy(d => d.Value.DocumentKey, StringComparer.Ordinal)
                .Take(max).ToList();
            IReadOnlyList<Versioned<DocumentSyncStatus>> claimed = due.Select(d =>
            {
                var claim = new Versioned<DocumentSyncStatus>(
                    d.Value with { Holder = holder, ClaimedUntil = claimedUntil, UpdatedAt = now }, d.Version + 1);
                documents[(kind, d.Value.DocumentKey)] = claim;
                return claim;
            }).ToList();
            return Task.FromResult(claimed);
        }
    }

    /// <inheritdoc />
    public Task<long> SaveAsync(DocumentSyncStatus status, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        lock (gate)
        {
            return Task.FromResult(Swap(documents, (status.Kind, status.DocumentKey), status, expectedVersion, $"{status.Kind}/{status.DocumentKey}"));
        }
    }

    /// <inheritdoc />
    public Task<DocumentPage> QueryDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        lock (gate)
        {
            var matching = documents.Values.Select(d => d.Value).Where(d =>
                (query.Kind is null || d.Kind == query.Kind) && (query.State is null || d.State == query.State)
                && (query.ChangedFrom is null || d.UpdatedAt >= query.ChangedFrom) && (query.ChangedBefore is null || d.UpdatedAt < query.ChangedBefore)).ToList();
            var page = matching.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.DocumentKey, StringComparer.Ordinal)
                .Skip(query.Skip).Take(query.Take).ToList();
            return Task.FromResult(new DocumentPage(page, matching.Count));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentStateCount>> CountDocumentsAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<DocumentStateCount> counts = documents.Values.GroupBy(d => (d.Value.Kind, d.Value.State))
                .Select(g => new DocumentStateCount(g.Key.Kind, g.Key.State, g.Count()))
                .OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.State).ToList();
            return Task.FromResult(counts);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentHourlyOutcomes>> CountOutcomesByHourAsync(Instant from, Instant to, string? kind, CancellationToken cancellationToken)
    {
        var start = HourlyOutcomes.HourOf(from);
        lock (gate)
        {
            IReadOnlyList<DocumentHourlyOutcomes> hours = outcomes
                .Where(o => o.Key.Hour >= start && o.Key.Hour < to && (kind is null || o.Key.Kind == kind))
                .GroupBy(o => o.Key.Hour)
                .Select(g => new DocumentHourlyOutcomes(g.Key, g.Sum(o => o.Value.Synced), g.Sum(o => o.Value.Problems)))
                .OrderBy(h => h.Hour).ToList();
            return Task.FromResult(hours);
        }
    }

    /// <inheritdoc />
    public Task CountOutcomeAsync(string kind, bool synced, Instant at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        lock (gate)
        {
            var hour = HourlyOutcomes.HourOf(at);
            var (s, p) = outcomes.GetValueOrDefault((kind, hour));
            outcomes[(kind, hour)] = synced ? (s + 1, p) : (s, p + 1);
            var retainedFrom = HourlyOutcomes.RetainedFrom(at);
            foreach (var old in outcomes.Keys.Where(k => k.Hour < retainedFrom).ToList())
            {
                outcomes.Remove(old);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<NamedCheckpoint>> ListCheckpointsAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<NamedCheckpoint> list = checkpoints.OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new NamedCheckpoint(c.Key, c.Value.Value)).ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<Versioned<ProductMapping>?> FindAsync(string itemCode, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(mappings.GetValueOrDefault(itemCode));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ProductMapping>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<ProductMapping> list = mappings.Values.Select(m => m.Value).OrderBy(m => m.ItemCode, StringComparer.OrdinalIgnoreCase).ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<long> SaveAsync(ProductMapping mapping, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        lock (gate)
        {
            return Task.FromResult(Swap(mappings, mapping.ItemCode, mapping, expectedVersion, mapping.ItemCode));
        }
    }

    /// <summary>Compare-and-swap on one key (the caller holds the lock).</summary>
    private static long Swap<TKey, TValue>(Dictionary<TKey, Versioned<TValue>> values, TKey key, TValue value, long expectedVersion, string described)
        where TKey : notnull
    {
        var current = values.GetValueOrDefault(key)?.Version ?? 0;
        if (current != expectedVersion)
        {
            throw new SyncConflictException(described, expectedVersion);
        }

        values[key] = new Versioned<TValue>(value, current + 1);
        return current + 1;
    }
}
