using NodaTime;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>A clock whose time moves only when told (its timers are the system's).</summary>
internal sealed class ManualClock(Instant start) : TimeProvider
{
    private long ticks = start.ToUnixTimeTicks();

    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Read(ref ticks));

    public override DateTimeOffset GetUtcNow() => GetCurrentInstant().ToDateTimeOffset();

    public void Advance(Duration by) => Interlocked.Add(ref ticks, by.BclCompatibleTicks);
}
