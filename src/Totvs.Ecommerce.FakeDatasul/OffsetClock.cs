namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>
/// The fake ERP's clock: real time plus an offset that <c>POST /__admin/clock/advance</c> moves forward, so a test in any
/// language can make tokens expire or stamp the next change later without waiting. Timers run in real time.
/// </summary>
internal sealed class OffsetClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the clock forward; it never goes back.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
