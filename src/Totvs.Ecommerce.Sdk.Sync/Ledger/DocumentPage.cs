namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>One page of a <see cref="DocumentQuery"/>.</summary>
/// <param name="Items">The documents of the page, the newest change first.</param>
/// <param name="TotalCount">How many documents match the query in all pages.</param>
public sealed record DocumentPage(IReadOnlyList<DocumentSyncStatus> Items, int TotalCount);
