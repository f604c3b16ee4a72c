using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>When a document may be claimed, written once for the in-memory store and as SQL by the database stores.</summary>
internal static class DocumentDue
{
    /// <summary>Pending, or a problem whose next attempt has come; and nobody holds it, or its holder's claim expired.</summary>
    public static bool IsClaimable(DocumentSyncStatus status, Instant now) =>
        (status.State == DocumentSyncState.Pending || (status.State == DocumentSyncState.Problem && status.NextAttemptAt <= now))
        && (status.ClaimedUntil is null || status.ClaimedUntil <= now);

    /// <summary>Which due document goes first: the one waiting longest.</summary>
    public static Instant OrderOf(DocumentSyncStatus status) => status.NextAttemptAt ?? status.CreatedAt;
}
