namespace Totvs.Ecommerce.Sdk.Preflight;

/// <summary>What a go-live preflight found.</summary>
/// <param name="StoreCode">The store checked.</param>
/// <param name="Findings">Every missing prerequisite found, each with what fixes it; empty when the store is ready.</param>
/// <param name="NotCheckable">What the APIs cannot show and the integrator must confirm in the ERP (carriers, marketplaces).</param>
/// <param name="Published">How many families, items, SKUs, prices and balances the store publishes.</param>
public sealed record PreflightReport(
    string StoreCode, IReadOnlyList<PreflightFinding> Findings, IReadOnlyList<string> NotCheckable, IReadOnlyDictionary<string, int> Published)
{
    /// <summary>Whether nothing is missing.</summary>
    public bool Ready => Findings.Count == 0;
}
