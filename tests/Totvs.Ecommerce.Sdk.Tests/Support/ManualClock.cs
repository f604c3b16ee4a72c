using NodaTime;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>A NodaTime clock that moves only when told.</summary>
internal sealed class ManualClock(Instant start) : IClock
{
    private long ticks = start.ToUnixTimeTicks();

    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Read(ref ticks));

    public void Advance(Duration by) => Interlocked.Add(ref ticks, by.BclCompatibleTicks);
}
