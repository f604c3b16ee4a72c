using NodaTime;

namespace Totvs.Ecommerce.Sdk.Time;

/// <summary>
/// The SDK's one clock type in public options is <see cref="TimeProvider"/> (it also makes timers, which tests move with
/// a fake); the sync state is stamped in NodaTime <see cref="Instant"/>s read from it.
/// </summary>
internal static class TimeProviderInstant
{
    public static Instant GetCurrentInstant(this TimeProvider time) => Instant.FromDateTimeOffset(time.GetUtcNow());
}
