using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// What became of one order of <see cref="OrdersClient.CreateManyAsync"/>: created (or found already in the ERP), or
/// not, with the reason — always exactly one of the two (<see cref="Created"/>, <see cref="Failed"/>). An order that
/// failed was not created twice and is safe to send again.
/// </summary>
public sealed record OrderBatchOutcome
{
    private OrderBatchOutcome(int index, Order order, CreationResult<Order>? result, Exception? failure, int concurrencyLimit)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        (Index, Order, Result, Failure, ConcurrencyLimit) = (index, order, result, failure, concurrencyLimit);
    }

    /// <summary>The order's position in the batch (0-based).</summary>
    public int Index { get; }

    /// <summary>The order as it was given.</summary>
    public Order Order { get; }

    /// <summary>The order as the ERP holds it and whether this batch created it; <see langword="null"/> when it failed.</summary>
    public CreationResult<Order>? Result { get; }

    /// <summary>
    /// Why the order is not confirmed, when it failed: <see cref="TotvsValidationException"/> (nothing was sent),
    /// <see cref="TotvsBusinessRuleException"/> (the ERP refused it: fix the cause named by its code), or
    /// <see cref="TotvsApiException"/> with <see cref="TotvsApiException.IsTransient"/> (send it again later);
    /// <see langword="null"/> when it succeeded.
    /// </summary>
    public Exception? Failure { get; }

    /// <summary>Whether the order is in the ERP: then <see cref="Result"/> is set, otherwise <see cref="Failure"/> is.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Result is not null;

    /// <summary>How many orders the batch allowed in flight when this one finished (follows the ERP with <see cref="OrderBatchOptions.AdaptToErp"/>).</summary>
    public int ConcurrencyLimit { get; }

    /// <summary>An order that is in the ERP (for a test double of <see cref="OrdersClient.CreateManyAsync"/>, say).</summary>
    /// <param name="index">Its position in the batch.</param>
    /// <param name="order">The order as it was given.</param>
    /// <param name="result">What the exactly-once create returned.</param>
    /// <param name="concurrencyLimit">The batch's limit when it finished.</param>
    /// <returns>The outcome.</returns>
    public static OrderBatchOutcome Created(int index, Order order, CreationResult<Order> result, int concurrencyLimit)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new OrderBatchOutcome(index, order, result, null, concurrencyLimit);
    }

    /// <summary>An order that is not confirmed, and why.</summary>
    /// <param name="index">Its position in the batch.</param>
    /// <param name="order">The order as it was given.</param>
    /// <param name="failure">Why it is not confirmed.</param>
    /// <param name="concurrencyLimit">The batch's limit when it finished.</param>
    /// <returns>The outcome.</returns>
    public static OrderBatchOutcome Failed(int index, Order order, Exception failure, int concurrencyLimit)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new OrderBatchOutcome(index, order, null, failure, concurrencyLimit);
    }
}
