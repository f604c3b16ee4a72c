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
    private int peakInFlight;

    /// <summary>How many requests are being served now.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>The most requests served at once since the start or the last <see cref="TakePeak"/>.</summary>
    public int PeakInFlight => Volatile.Read(ref peakInFlight);

    /// <summary>Returns the peak and starts a new one from the requests being served now.</summary>
    public int TakePeak() => Interlocked.Exchange(ref peakInFlight, InFlight);

    /// <summary>Admits a request unless the limit is reached; an admitted request must be <see cref="Release"/>d.</summary>
    public bool TryEnter(FakeErpCapacity capacity)
    {
        var now = Interlocked.Increment(ref inFlight);
        if (capacity.MaxConcurrentRequests is { } max && now > max)
        {
            Interlocked.Decrement(ref inFlight);
            return false;
        }

        var peak = Volatile.Read(ref peakInFlight);
        while (now > peak && Interlocked.CompareExchange(ref peakInFlight, now, peak) != peak)
        {
            peak = Volatile.Read(ref peakInFlight);
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
