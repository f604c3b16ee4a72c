namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>Where a document (an order, an invoice, a purchase) stands in a sync.</summary>
public enum DocumentSyncState
{
    /// <summary>Not sent yet.</summary>
    Pending = 0,

    /// <summary>Sent and confirmed.</summary>
    Synced = 1,

    /// <summary>Failed; see the description. Retryable failures are sent again by a resync.</summary>
    Problem = 2,
}
