using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Leases that let only one replica at a time run a job; a lease whose holder died passes on when it expires.
/// The caller supplies the time, so every replica of a connector must share one clock source (NTP) within a small
/// fraction of the lease duration.
/// </summary>
public interface ISyncLeaseStore
{
    /// <summary>Takes the lease when it is free, expired, or already held by <paramref name="holder"/>.</summary>
    /// <param name="name">The job's name.</param>
    /// <param name="holder">Who asks (a replica's name).</param>
    /// <param name="now">The current time.</param>
    /// <param name="expiresAt">When the lease should expire unless renewed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lease, or <see langword="null"/> when another replica holds it.</returns>
    Task<SyncLease?> TryAcquireAsync(string name, string holder, Instant now, Instant expiresAt, CancellationToken cancellationToken);

    /// <summary>Extends a lease still held.</summary>
    /// <param name="lease">The lease.</param>
    /// <param name="expiresAt">The new expiry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The renewed lease, or <see langword="null"/> when another replica took it over.</returns>
    Task<SyncLease?> RenewAsync(SyncLease lease, Instant expiresAt, CancellationToken cancellationToken);

    /// <summary>Gives a lease up so that another replica can take it at once (does nothing when it was lost).</summary>
    /// <param name="lease">The lease.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the lease is free.</returns>
    Task ReleaseAsync(SyncLease lease, CancellationToken cancellationToken);
}
