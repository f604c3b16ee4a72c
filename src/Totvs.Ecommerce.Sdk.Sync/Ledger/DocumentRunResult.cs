namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>What one run of <see cref="DocumentSyncLedger.ProcessDueAsync"/> did.</summary>
/// <param name="Kind">The kind of document.</param>
/// <param name="Synced">Documents sent and confirmed.</param>
/// <param name="Failed">Documents that failed (each keeps its problem and next attempt in the ledger).</param>
/// <param name="GivenUp">Documents that ran out of attempts.</param>
/// <param name="Conflicts">Documents another replica took over while this one sent them (the ERP's natural key keeps them single).</param>
public sealed record DocumentRunResult(string Kind, int Synced, int Failed, int GivenUp, int Conflicts)
{
    /// <summary>Documents handled in the run.</summary>
    public int Processed => Synced + Failed + GivenUp + Conflicts;
}
