using System.Diagnostics.Metrics;

namespace Totvs.Ecommerce.Sdk.Diagnostics;

/// <summary>
/// The SDK's instruments on one <see cref="Meter"/>: from the application's <see cref="IMeterFactory"/> with DI (so each
/// container, and each test, has its own), or one process-wide meter for a client built without DI.
/// </summary>
internal sealed class TotvsMetrics
{
    private static readonly string? Version = typeof(TotvsMetrics).Assembly.GetName().Version?.ToString();

    private TotvsMetrics(Meter meter)
    {
        Meter = meter;
        Requests = meter.CreateCounter<long>(TotvsTelemetry.RequestCountName, "{request}", "Requests sent to Datasul.");
        Duration = meter.CreateHistogram<double>(TotvsTelemetry.RequestDurationName, "s", "How long Datasul took to answer, retries included.");
    }

    /// <summary>The meter of clients built without DI.</summary>
    public static TotvsMetrics Shared { get; } = new(new Meter(TotvsTelemetry.Name, Version));

    public Meter Meter { get; }

    public Counter<long> Requests { get; }

    public Histogram<double> Duration { get; }

    /// <summary>The instruments on the factory's meter (the factory owns and disposes it), or <see cref="Shared"/> without one.</summary>
    public static TotvsMetrics From(IMeterFactory? factory) =>
        factory is null ? Shared : new TotvsMetrics(factory.Create(new MeterOptions(TotvsTelemetry.Name) { Version = Version }));
}
