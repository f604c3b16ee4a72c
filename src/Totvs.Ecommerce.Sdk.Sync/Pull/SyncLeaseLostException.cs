namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// A job's lease passed to another replica while it ran (the holder stalled past the lease's expiry). The job stopped;
/// its checkpoint is where the last finished page left it, and the new holder carries on from there.
/// </summary>
public sealed class SyncLeaseLostException : TotvsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="lease">The lease that was lost.</param>
    public SyncLeaseLostException(SyncLease lease)
        : base($"The lease of '{lease?.Name}' held by '{lease?.Holder}' passed to another replica; this run stopped and the new holder resumes it. " +
            "If this happens often, lengthen the lease duration.")
    {
        ArgumentNullException.ThrowIfNull(lease);
        Lease = lease;
    }

    /// <summary>The lease that was lost.</summary>
    public SyncLease Lease { get; }
}
