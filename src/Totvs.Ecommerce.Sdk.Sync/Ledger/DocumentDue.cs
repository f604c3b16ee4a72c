using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>When a document may be claimed, written once for the in-memory store and as SQL by the database stores.</summary>
internal static class DocumentDue
{
    /// <summary>
    /// Pending, or a problem whose next attempt has come; and nobody holds it, its holder's claim expired, or the claimer is
    /// its holder (a replica restarted under its name takes its documents back at once).
    /// </summary>
    public static bool IsClaimable(DocumentSyncStatus status, string holder, Instant now) =>
        (status.State == DocumentSyncState.Pending || (status.State == DocumentSyncState.Problem && status.NextAttemptAt <= now))
        && (status.ClaimedUntil is null || status.ClaimedUntil <= now || status.Holder == holder);

    /// <summary>Which due document goes first: the one waiting longest.</summary>
    public static Instant OrderOf(DocumentSyncStatus status) => status.NextAttemptAt ?? status.CreatedAt;
}
