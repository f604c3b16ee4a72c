namespace Totvs.Ecommerce.Sdk.Testing.Pacing;

/// <summary>How long the fake ERP takes to answer a request: a fixed time plus a random part from zero to <see cref="Jitter"/>.</summary>
/// <param name="Fixed">The time every answer takes.</param>
/// <param name="Jitter">The most a random extra adds (uniform, from a seeded generator: runs repeat).</param>
public sealed record FakeServiceTime(TimeSpan Fixed, TimeSpan Jitter = default)
{
    /// <summary>Answers at once.</summary>
    public static FakeServiceTime Instant { get; } = new(TimeSpan.Zero);
}
