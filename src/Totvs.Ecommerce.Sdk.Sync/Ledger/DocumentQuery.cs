using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>Which documents of the ledger to list (for an operator's screen): every filter is optional, the newest change first.</summary>
public sealed record DocumentQuery
{
    /// <summary>Only documents of this kind (<c>orders</c>, <c>invoices</c>, …); every kind when <see langword="null"/>.</summary>
    public string? Kind { get; init; }

    /// <summary>Only documents in this state; every state when <see langword="null"/>.</summary>
    public DocumentSyncState? State { get; init; }

    /// <summary>Only documents whose status changed at or after this instant.</summary>
    public Instant? ChangedFrom { get; init; }

    /// <summary>Only documents whose status changed before this instant.</summary>
    public Instant? ChangedBefore { get; init; }

    /// <summary>How many matching documents to skip (the page's offset).</summary>
    public int Skip { get; init; }

    /// <summary>How many to return at most (50 by default).</summary>
    public int Take { get; init; } = 50;

    /// <summary>Checks the paging values.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Skip"/> is negative or <see cref="Take"/> is not between 1 and 1,000.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Skip, nameof(Skip));
        ArgumentOutOfRangeException.ThrowIfLessThan(Take, 1, nameof(Take));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Take, 1000, nameof(Take));
    }
}
