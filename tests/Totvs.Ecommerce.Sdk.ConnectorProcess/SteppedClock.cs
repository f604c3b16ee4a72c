using NodaTime;

namespace Totvs.Ecommerce.Sdk.ConnectorProcess;

/// <summary>
/// The connector's clock: the system's, moved ahead when the test says so on standard input (<c>advance 600</c>). A fake
/// clock across processes: the test makes a dead replica's claims and lease expire without anyone sleeping.
/// </summary>
internal sealed class SteppedClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(Duration by) => Interlocked.Add(ref offsetTicks, by.BclCompatibleTicks);
}
