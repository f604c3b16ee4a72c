using NodaTime;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>A test's <see cref="TimeProvider"/> (the harness's fake clock) as a NodaTime clock, optionally ahead or behind it.</summary>
internal sealed class NodaClockOf(TimeProvider time, TimeSpan offset = default) : IClock
{
    public NodaClockOf(SdkHarness harness, TimeSpan offset = default)
        : this(harness.Clock, offset)
    {
    }

    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(time.GetUtcNow() + offset);
}
