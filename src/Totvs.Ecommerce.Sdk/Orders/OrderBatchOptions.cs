namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>How <see cref="OrdersClient.CreateManyAsync"/> spreads a batch of orders over the ERP.</summary>
public sealed record OrderBatchOptions
{
    /// <summary>The most orders in flight at once (K).</summary>
    /// <value>Defaults to 4; between 1 and <see cref="MostConcurrency"/>. The ERP's capacity is the customer's to spend: raise it knowingly.</value>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>The orders in flight at the start; the limit grows from here while the ERP keeps up.</summary>
    /// <value>Defaults to 1; between 1 and <see cref="MaxConcurrency"/>.</value>
    public int InitialConcurrency { get; init; } = 1;

    /// <summary>
    /// Whether the limit follows the ERP: one more order in flight for each limit's worth of answers, fewer (times
    /// <see cref="DecreaseFactor"/>) when Datasul answers 429 or 503, does not answer, or answers an order much slower
    /// than its fastest recent ones (<see cref="SlowdownFactor"/>). <see langword="false"/> keeps
    /// <see cref="MaxConcurrency"/> in flight whatever the ERP says; a Retry-After is honoured either way.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool AdaptToErp { get; init; } = true;

    /// <summary>What the limit is multiplied by when the ERP pushes back.</summary>
    /// <value>Defaults to 0.5; greater than 0 and less than 1.</value>
    public double DecreaseFactor { get; init; } = 0.5;

    /// <summary>An order answered this many times slower than the fastest of the last answers counts as the ERP slowing down.</summary>
    /// <value>Defaults to 3; greater than 1.</value>
    public double SlowdownFactor { get; init; } = 3;

    /// <summary>The most <see cref="MaxConcurrency"/> takes.</summary>
    public const int MostConcurrency = 64;

    /// <summary>Throws when a setting is out of its range, naming the setting and the range.</summary>
    internal void Validate()
    {
        Check(MaxConcurrency is >= 1 and <= MostConcurrency, nameof(MaxConcurrency), MaxConcurrency, $"between 1 and {MostConcurrency}");
        Check(InitialConcurrency >= 1 && InitialConcurrency <= MaxConcurrency, nameof(InitialConcurrency), InitialConcurrency, $"between 1 and MaxConcurrency ({MaxConcurrency})");
        Check(DecreaseFactor is > 0 and < 1, nameof(DecreaseFactor), DecreaseFactor, "greater than 0 and less than 1");
        Check(SlowdownFactor > 1, nameof(SlowdownFactor), SlowdownFactor, "greater than 1");
    }

    private static void Check(bool valid, string name, object value, string range)
    {
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(name, value, $"OrderBatchOptions.{name} must be {range}.");
        }
    }
}
