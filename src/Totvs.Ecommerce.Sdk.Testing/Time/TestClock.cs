using Microsoft.Extensions.Time.Testing;

namespace Totvs.Ecommerce.Sdk.Testing.Time;

/// <summary>
/// A fake clock (<see cref="FakeTimeProvider"/>) that can run a call to completion by jumping over the
/// short waits it schedules, such as retry back-offs and <c>Retry-After</c>, without sleeping and without
/// spinning: it moves time only when the call is waiting on a timer, and never over waits longer than
/// <see cref="LongestSkippedWait"/> (time-outs stay put). Share it between the fake server and the client
/// (register it as the application's <see cref="TimeProvider"/>).
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    private readonly object gate = new();
    private readonly List<TrackedTimer> timers = [];
    private TaskCompletionSource timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates the clock at a given instant.</summary>
    /// <param name="start">The starting time.</param>
    public TestClock(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>The longest wait <see cref="RunAsync{T}"/> jumps over.</summary>
    /// <value>Defaults to 5 minutes: longer than any back-off, shorter than any time-out worth testing.</value>
    public TimeSpan LongestSkippedWait { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs a call to completion: whenever it waits on a timer due within <see cref="LongestSkippedWait"/>,
    /// the clock jumps to that timer.
    /// </summary>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="call">The call.</param>
    /// <returns>The call's result (or its exception).</returns>
    public async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var task = call();
        while (!task.IsCompleted)
        {
            Task created;
            DateTimeOffset? next;
            lock (gate)
            {
                created = timerCreated.Task;
                next = NextDueWithin(LongestSkippedWait);
            }

            if (next is { } due)
            {
                // Several calls may run on one clock: only move forward, and never past another caller's move.
                lock (gate)
                {
                    if (due > GetUtcNow())
                    {
                        SetUtcNow(due);
                    }
                }

                continue;
            }

            await Task.WhenAny(task, created).ConfigureAwait(false);
        }

        return await task.ConfigureAwait(false);
    }

    /// <summary>
    /// Waits (without advancing the clock) until something waits on a timer due at <paramref name="dueAt"/> — e.g. the
    /// fake's latency for a request just sent — so that a test can then <see cref="FakeTimeProvider.Advance"/> the clock
    /// exactly that far, with no other timer fired on the way.
    /// </summary>
    /// <param name="dueAt">When the timer is due.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes once such a timer exists.</returns>
    public async Task WhenTimerDueAsync(DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task created;
            lock (gate)
            {
                if (timers.Any(t => !t.IsDisposed && t.DueAt == dueAt))
                {
                    return;
                }

                created = timerCreated.Task;
            }

            await created.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this);
        tracked.Inner = base.CreateTimer(callback, state, dueTime, period);
        tracked.Schedule(dueTime, period);
        TaskCompletionSource signal;
        lock (gate)
        {
            timers.Add(tracked);
            signal = timerCreated;
            timerCreated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
        return tracked;
    }

    private DateTimeOffset? NextDueWithin(TimeSpan limit)
    {
        var now = GetUtcNow();
        timers.RemoveAll(t => t.IsDisposed || t.DueAt is null);
        var next = timers.Where(t => t.DueAt > now).Select(t => t.DueAt).Min();
        return next is { } due && due - now <= limit ? due : null;
    }

    private void Forget(TrackedTimer timer)
    {
        lock (gate)
        {
            timers.Remove(timer);
        }
    }

    /// <summary>A timer of the clock, with the time it is next due.</summary>
    private sealed class TrackedTimer(TestClock clock) : ITimer
    {
        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset? DueAt { get; private set; }

        public bool IsDisposed { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime, period);
            return Inner.Change(dueTime, period);
        }

        public void Schedule(TimeSpan dueTime, TimeSpan period) =>
            DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;

        public void Dispose()
        {
            IsDisposed = true;
            clock.Forget(this);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
