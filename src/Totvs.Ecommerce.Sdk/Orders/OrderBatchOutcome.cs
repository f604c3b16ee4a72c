namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// What became of one order of <see cref="OrdersClient.CreateManyAsync"/>: created (or found already in the ERP), or
/// not, with the reason. An order that failed was not created twice and is safe to send again.
/// </summary>
public sealed record OrderBatchOutcome
{
    /// <summary>The order's position in the batch (0-based).</summary>
    public required int Index { get; init; }

    /// <summary>The order as it was given.</summary>
    public required Order Order { get; init; }

    /// <summary>The order as the ERP holds it and whether this batch created it; <see langword="null"/> when it failed.</summary>
    public CreationResult<Order>? Result { get; init; }

    /// <summary>
    /// Why the order is not confirmed, when it failed: <see cref="TotvsValidationException"/> (nothing was sent),
    /// <see cref="TotvsBusinessRuleException"/> (the ERP refused it: fix the cause named by its code), or
    /// <see cref="TotvsApiException"/> with <see cref="TotvsApiException.IsTransient"/> (send it again later).
    /// </summary>
    public Exception? Failure { get; init; }

    /// <summary>Whether the order is in the ERP.</summary>
    public bool Succeeded => Result is not null;

    /// <summary>How many orders the batch allowed in flight when this one finished (follows the ERP with <see cref="OrderBatchOptions.AdaptToErp"/>).</summary>
    public int ConcurrencyLimit { get; init; }
}
