using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Totvs.Ecommerce.Sdk.Diagnostics;

/// <summary>
/// The SDK's OpenTelemetry sources, both named <see cref="Name"/>: a span per Datasul call and request metrics.
/// Subscribe with <c>AddSource("Totvs.Ecommerce.Sdk")</c> and <c>AddMeter("Totvs.Ecommerce.Sdk")</c>.
/// </summary>
public static class TotvsTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Totvs.Ecommerce.Sdk";

    /// <summary>The counter of requests sent to Datasul (tags: method, route, status).</summary>
    public const string RequestCountName = "totvs.ecommerce.requests";

    /// <summary>The histogram of request durations, in seconds (tags: method, route, status).</summary>
    public const string RequestDurationName = "totvs.ecommerce.request.duration";

    private static readonly string? Version = typeof(TotvsTelemetry).Assembly.GetName().Version?.ToString();

    internal static ActivitySource Source { get; } = new(Name, Version);

    internal static Meter Meter { get; } = new(Name, Version);

    internal static Counter<long> Requests { get; } = Meter.CreateCounter<long>(RequestCountName, "{request}", "Requests sent to Datasul.");

    internal static Histogram<double> Duration { get; } = Meter.CreateHistogram<double>(RequestDurationName, "s", "How long Datasul took to answer, retries included.");
}
