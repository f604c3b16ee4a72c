using NodaTime;

using Totvs.Ecommerce.Sdk.Time;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>Holds a pull's lease while it runs: renews it after each page, stops the run when it was lost, frees it at the end.</summary>
internal sealed class LeaseHolder(ISyncLeaseStore leases, SyncLease lease, IncrementalPullOptions options)
{
    private SyncLease? current = lease;

    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        var held = current ?? throw new InvalidOperationException("The lease was already given up.");
        var expiresAt = options.TimeProvider.GetCurrentInstant() + Duration.FromTimeSpan(options.LeaseDuration);
        current = await leases.RenewAsync(held, expiresAt, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            throw new SyncLeaseLostException(held);
        }
    }

    public async Task ReleaseAsync()
    {
        if (current is { } held)
        {
            current = null;
            await leases.ReleaseAsync(held, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
