namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>A test's clock (the harness's fake time) read ahead or behind by a fixed offset: a connector whose clock is skewed from the ERP's. Timers run on the inner clock.</summary>
internal sealed class SkewedClock(TimeProvider time, TimeSpan offset = default) : TimeProvider
{
    public SkewedClock(SdkHarness harness, TimeSpan offset = default)
        : this(harness.Clock, offset)
    {
    }

    public override DateTimeOffset GetUtcNow() => time.GetUtcNow() + offset;

    public override long GetTimestamp() => time.GetTimestamp();

    public override long TimestampFrequency => time.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => time.CreateTimer(callback, state, dueTime, period);
}
