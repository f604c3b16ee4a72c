namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>The sync status of one document.</summary>
/// <param name="DocumentKey">The document's key (e.g. the store's order id).</param>
/// <param name="State">Where it stands.</param>
/// <param name="Description">For a problem: what is wrong and what to fix.</param>
/// <param name="Retryable">For a problem: whether sending it again may succeed without a fix (a transient failure).</param>
/// <param name="Attempts">How many times it was sent.</param>
public sealed record DocumentSyncStatus(string DocumentKey, DocumentSyncState State, string? Description, bool Retryable, int Attempts);
