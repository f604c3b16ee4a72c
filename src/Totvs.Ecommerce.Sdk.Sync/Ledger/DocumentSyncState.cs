namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>Where a document (an order, an invoice, a purchase) stands in a sync. Stored as its number: never renumber.</summary>
public enum DocumentSyncState
{
    /// <summary>Not sent yet.</summary>
    Pending = 0,

    /// <summary>Sent and confirmed.</summary>
    Synced = 1,

    /// <summary>Failed; the status says why and when it is tried again.</summary>
    Problem = 2,

    /// <summary>An operator gave it up (or it ran out of attempts): it is never sent again unless forced.</summary>
    GivenUp = 3,
}
