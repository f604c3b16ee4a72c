using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>The sync status of one document, as the ledger keeps it.</summary>
public sealed record DocumentSyncStatus
{
    /// <summary>The kind of document (<c>orders</c>, <c>invoices</c>, …): each kind is a ledger of its own.</summary>
    public required string Kind { get; init; }

    /// <summary>The document's key (e.g. the store's order id).</summary>
    public required string DocumentKey { get; init; }

    /// <summary>Where it stands.</summary>
    public DocumentSyncState State { get; init; }

    /// <summary>How many times it was sent.</summary>
    public int Attempts { get; init; }

    /// <summary>For a problem: why it failed, which sets when it is tried again.</summary>
    public DocumentFailureKind? FailureKind { get; init; }

    /// <summary>For a problem: the ERP's error code (e.g. <c>57382</c>), the HTTP status, or the kind of local error.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>For a problem: what is wrong and what to fix.</summary>
    public string? Description { get; init; }

    /// <summary>For a problem: when it is due to be sent again; <see langword="null"/> when it waits for an operator.</summary>
    public Instant? NextAttemptAt { get; init; }

    /// <summary>The replica working on it, or <see langword="null"/>.</summary>
    public string? Holder { get; init; }

    /// <summary>Until when <see cref="Holder"/> has it; after that another replica may take it over.</summary>
    public Instant? ClaimedUntil { get; init; }

    /// <summary>When the ledger first saw it.</summary>
    public Instant CreatedAt { get; init; }

    /// <summary>When its status last changed.</summary>
    public Instant UpdatedAt { get; init; }

    /// <summary>Whether it is a problem that is tried again without a fix (a transient failure).</summary>
    public bool Retryable => State == DocumentSyncState.Problem && FailureKind == DocumentFailureKind.Transient;
}
