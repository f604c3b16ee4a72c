namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>How far a long run has gone, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Name">What is being synchronised.</param>
/// <param name="Step">Pages (or windows) done so far.</param>
/// <param name="Records">Records handled so far.</param>
/// <param name="TotalSteps">The total of steps when known (date windows), else <see langword="null"/>.</param>
public sealed record SyncProgress(string Name, int Step, long Records, int? TotalSteps = null);
