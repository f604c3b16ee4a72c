namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// How many calls may be in flight to an ERP that says when it has had enough. Additive increase: one more for each
/// limit's worth of answers. Multiplicative decrease: when the ERP answers 429 or 503, does not answer, or answers a
/// create much slower than its fastest recent ones — once per window, so the refusals of calls sent before a decrease
/// do not cut again. After a decrease the limit climbs back to just below where the ERP pushed back and stays there;
/// it tries one more only after a run of answers at that level, twice as long a run after each try that failed, so a
/// steady ERP meets a refusal rarely. A Retry-After holds every new start until it has passed. One acquirer at a time.
/// </summary>
internal sealed class AdaptiveConcurrencyLimit
{
    /// <summary>Answers at the highest level the ERP took before trying one more.</summary>
    public const int FirstProbeAfter = 100;

    private const int MostProbeAfter = 100_000;
    private const int LatencySamples = 32;
    private const int LeastLatencySamples = 8;

    private readonly object gate = new();
    private readonly int least;
    private readonly int most;
    private readonly bool adaptive;
    private readonly double decreaseFactor;
    private readonly double slowdownFactor;
    private readonly TimeProvider time;
    private readonly TimeSpan[] latencies = new TimeSpan[LatencySamples];
    private int latencyCount;
    private int latencyNext;
    private double limit;
    private int inFlight;
    private long window;
    private int ceiling = int.MaxValue;
    private int answersAtLevel;
    private int probeAfter = FirstProbeAfter;
    private DateTimeOffset heldUntil;
    private TaskCompletionSource? changed;

    public AdaptiveConcurrencyLimit(int initial, int least, int most, bool adaptive, double decreaseFactor, double slowdownFactor, TimeProvider time)
    {
        this.least = least;
        this.most = most;
        this.adaptive = adaptive;
        this.decreaseFactor = decreaseFactor;
        this.slowdownFactor = slowdownFactor;
        this.time = time;
        limit = adaptive ? Math.Clamp(initial, least, most) : most;
    }

    /// <summary>How many calls may be in flight now.</summary>
    public int Limit
    {
        get
        {
            lock (gate)
            {
                return (int)limit;
            }
        }
    }

    /// <summary>Waits for a place (and for any Retry-After to pass), then takes it.</summary>
    public async ValueTask<Lease> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested(); // a free place is no reason to start after a stop
            Task wait;
            TimeSpan hold;
            lock (gate)
            {
                hold = heldUntil - time.GetUtcNow();
                if (hold <= TimeSpan.Zero && inFlight < (int)limit)
                {
                    inFlight++;
                    return new Lease(this, window);
                }

                changed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = changed.Task;
            }

            if (hold > TimeSpan.Zero)
            {
                await Task.Delay(hold, time, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void Observe(ObservedCall call, long leaseWindow)
    {
        lock (gate)
        {
            if (call.StatusCode is 0 or 429 or 503)
            {
                if (call.RetryAfter is { } retryAfter && time.GetUtcNow() + retryAfter > heldUntil)
                {
                    heldUntil = time.GetUtcNow() + retryAfter;
                }

                Decrease(leaseWindow);
                return;
            }

            if (call.Method != HttpMethod.Post.Method)
            {
                return; // look-ups tell a refusal, not the pace of creation
            }

            var fastest = Fastest();
            Record(call.Elapsed);
            if (fastest is { } floor && call.Elapsed > floor * slowdownFactor)
            {
                Decrease(leaseWindow);
                return;
            }

            Increase();
        }

        Signal();
    }

    private void Release()
    {
        lock (gate)
        {
            inFlight--;
        }

        Signal();
    }

    private void Signal()
    {
        TaskCompletionSource? waiting;
        lock (gate)
        {
            waiting = changed;
            changed = null;
        }

        waiting?.TrySetResult();
    }

    private void Decrease(long leaseWindow)
    {
        if (!adaptive || leaseWindow != window)
        {
            return; // a fixed limit, or this window was cut already
        }

        var level = (int)limit;
        probeAfter = level == ceiling ? Math.Min(probeAfter * 2, MostProbeAfter) : FirstProbeAfter;
        ceiling = level;
        limit = Math.Max(least, Math.Floor(level * decreaseFactor));
        window++;
        answersAtLevel = 0;
    }

    private void Increase()
    {
        var level = (int)limit;
        if (!adaptive || level >= most)
        {
            return;
        }

        if (level >= ceiling)
        {
            // Above where the ERP pushed back: once a whole window is answered, that refusal is forgotten.
            if (++answersAtLevel >= level)
            {
                ceiling = int.MaxValue;
                probeAfter = FirstProbeAfter;
                answersAtLevel = 0;
            }

            return;
        }

        if (level + 1 < ceiling)
        {
            limit = Math.Min(most, limit + (1.0 / level));
            return;
        }

        if (++answersAtLevel >= probeAfter)
        {
            answersAtLevel = 0;
            limit = level + 1;
        }
    }

    private TimeSpan? Fastest()
    {
        if (latencyCount < LeastLatencySamples)
        {
            return null;
        }

        var fastest = TimeSpan.MaxValue;
        for (var i = 0; i < latencyCount; i++)
        {
            fastest = latencies[i] < fastest ? latencies[i] : fastest;
        }

        return fastest;
    }

    private void Record(TimeSpan elapsed)
    {
        latencies[latencyNext] = elapsed;
        latencyNext = (latencyNext + 1) % LatencySamples;
        latencyCount = Math.Min(latencyCount + 1, LatencySamples);
    }

    /// <summary>A place taken: the calls made under it are reported to the limit, and disposing it frees the place.</summary>
    internal sealed class Lease(AdaptiveConcurrencyLimit owner, long window) : IDisposable
    {
        private int released;

        /// <summary>Tells the limit how one call under this place went.</summary>
        public void Observe(ObservedCall call) => owner.Observe(call, window);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                owner.Release();
            }
        }
    }
}
