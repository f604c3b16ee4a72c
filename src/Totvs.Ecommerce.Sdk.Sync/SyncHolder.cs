namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>The default name of this replica in leases and claims.</summary>
internal static class SyncHolder
{
    /// <summary>Machine, process id and a random suffix: unique per process, readable in the ledger.</summary>
    public static string Default { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
}
