namespace Totvs.Ecommerce.Sdk.Testing.Pacing;

/// <summary>
/// Applies a <see cref="FakeErpCapacity"/> to each request: admits it or refuses it for capacity, then draws its service
/// time (fixed plus seeded jitter). Thread-safe.
/// </summary>
internal sealed class CapacityGate
{
    private readonly Lock sync = new();
    private Random random = new(42);
    private int seed = 42;
    private int inFlight;

    /// <summary>How many requests are being served now.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>Admits a request unless the limit is reached; an admitted request must be <see cref="Release"/>d.</summary>
    public bool TryEnter(FakeErpCapacity capacity)
    {
        var now = Interlocked.Increment(ref inFlight);
        if (capacity.MaxConcurrentRequests is { } max && now > max)
        {
            Interlocked.Decrement(ref inFlight);
            return false;
        }

        return true;
    }

    public void Release() => Interlocked.Decrement(ref inFlight);

    /// <summary>The time this request takes: the route's fixed time plus a uniform draw up to its jitter.</summary>
    public TimeSpan ServiceTime(FakeErpCapacity capacity, string method, string route)
    {
        var time = capacity.For(method, route);
        if (time.Jitter <= TimeSpan.Zero)
        {
            return time.Fixed;
        }

        lock (sync)
        {
            if (seed != capacity.Seed)
            {
                (seed, random) = (capacity.Seed, new Random(capacity.Seed));
            }

            return time.Fixed + TimeSpan.FromTicks((long)(random.NextDouble() * time.Jitter.Ticks));
        }
    }
}
