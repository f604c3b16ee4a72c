namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>A fault to script: what it hits (method, route relative to the path prefix; every request when both are left out), how often, and what it does.</summary>
internal sealed class FaultSpec
{
    public string? Method { get; set; }

    public string? Route { get; set; }

    /// <summary>status, error, malformed, drop, lost-answer, latency, hang, truncated.</summary>
    public string Kind { get; set; } = string.Empty;

    public int? Status { get; set; }

    public string? Code { get; set; }

    public string? Message { get; set; }

    public int? RetryAfterSeconds { get; set; }

    public int? LatencyMs { get; set; }

    /// <summary>How many requests it hits (1 by default); ignored when <see cref="Always"/>.</summary>
    public int? Times { get; set; }

    public bool Always { get; set; }

    /// <summary>The chance (0–1) a matching request is hit, rolled with <see cref="Seed"/> so a run repeats.</summary>
    public double? Probability { get; set; }

    public int? Seed { get; set; }
}
