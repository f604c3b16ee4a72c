using System.Diagnostics;

namespace Totvs.Ecommerce.Sdk.Diagnostics;

/// <summary>
/// The SDK's OpenTelemetry sources, both named <see cref="Name"/>: a span per Datasul call and per sync run, and request
/// metrics (on the application's <c>IMeterFactory</c> with DI). Subscribe with <c>AddSource("Totvs.Ecommerce.Sdk")</c>
/// and <c>AddMeter("Totvs.Ecommerce.Sdk")</c>. Attributes follow OpenTelemetry's HTTP client conventions
/// (<c>http.request.method</c>, <c>url.template</c>, <c>server.address</c>, <c>server.port</c>,
/// <c>http.response.status_code</c>, <c>error.type</c>).
/// </summary>
public static class TotvsTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Totvs.Ecommerce.Sdk";

    /// <summary>The counter of requests sent to Datasul (OpenTelemetry HTTP client attributes).</summary>
    public const string RequestCountName = "totvs.ecommerce.requests";

    /// <summary>The histogram of request durations, in seconds (OpenTelemetry HTTP client attributes).</summary>
    public const string RequestDurationName = "totvs.ecommerce.request.duration";

    private static readonly string? Version = typeof(TotvsTelemetry).Assembly.GetName().Version?.ToString();

    internal static ActivitySource Source { get; } = new(Name, Version);
}
