namespace Totvs.Ecommerce.Sdk.Testing.Faults;

/// <summary>One scripted fault: which requests it hits, how many times, and what it does.</summary>
internal sealed class FaultRule
{
    private int remaining;

    public FaultRule(string? method, string? route, int times, FaultKind kind)
    {
        Method = method;
        Route = route;
        remaining = times;
        Kind = kind;
    }

    /// <summary>How many more requests it hits; -1 for every one.</summary>
    public int Remaining => Volatile.Read(ref remaining);

    public string? Method { get; }

    public string? Route { get; }

    public FaultKind Kind { get; }

    public int StatusCode { get; init; }

    public string? Code { get; init; }

    public string? Message { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The chance (0–1) that a matching request is hit; 1 when not set.</summary>
    public double Probability { get; init; } = 1;

    /// <summary>The seeded dice of a rule with a <see cref="Probability"/>.</summary>
    public Random? Dice { get; init; }

    /// <summary>How long a <see cref="FaultKind.Latency"/> fault waits.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>An extra condition on the request, if the rule has one.</summary>
    public Func<FaultRequest, bool>? Predicate { get; init; }

    public bool Matches(string method, string route, FaultRequest request) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (Route is null || Below(route.Trim('/'), Route))
        && (Predicate is null || Predicate(request));

    private static bool Below(string route, string rule) => route == rule || route.StartsWith(rule + "/", StringComparison.Ordinal);

    /// <summary>Uses up one occurrence; false when the rule is spent. A negative count never runs out.</summary>
    public bool TryConsume()
    {
        if (Dice is not null)
        {
            lock (Dice)
            {
                if (Dice.NextDouble() >= Probability)
                {
                    return false;
                }
            }
        }

        while (true)
        {
            var current = Volatile.Read(ref remaining);
            if (current == 0)
            {
                return false;
            }

            if (current < 0 || Interlocked.CompareExchange(ref remaining, current - 1, current) == current)
            {
                return true;
            }
        }
    }

    public string Describe() => Kind switch
    {
        FaultKind.Status => $"status {StatusCode}",
        FaultKind.Error => $"error {StatusCode} {Code}",
        FaultKind.MalformedJson => "malformed JSON",
        FaultKind.DropConnection => "dropped connection",
        FaultKind.LoseAnswerAfterCommit => "answer lost after commit",
        FaultKind.Latency => $"latency {Latency.TotalMilliseconds:0} ms",
        FaultKind.Hang => "no answer",
        FaultKind.TruncatedBody => "truncated body",
        _ => Kind.ToString(),
    };
}
