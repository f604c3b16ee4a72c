namespace Totvs.Ecommerce.Sdk.Domain;

/// <summary>What a failure code means and what to do about it, in words for the operator who keeps a connector running.</summary>
/// <param name="Code">The code it explains (a Datasul number, an SDK code, an HTTP status or a local error's type).</param>
/// <param name="Problem">What went wrong, in one sentence.</param>
/// <param name="Fix">What to do, naming the Datasul program or register to fix where there is one (e.g. CD0402).</param>
/// <param name="RetriedAutomatically">Whether the connector tries again by itself (a transient failure): nothing to do but wait.</param>
public sealed record ErrorAdvice(string Code, string Problem, string Fix, bool RetriedAutomatically);
