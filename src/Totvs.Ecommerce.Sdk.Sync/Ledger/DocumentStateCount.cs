namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>How many documents of one kind are in one state.</summary>
/// <param name="Kind">The kind of document.</param>
/// <param name="State">The state.</param>
/// <param name="Count">How many.</param>
public sealed record DocumentStateCount(string Kind, DocumentSyncState State, int Count);
