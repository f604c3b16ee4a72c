namespace Totvs.Ecommerce.Sdk.Testing.Pacing;

/// <summary>
/// The pace of the fake ERP, to measure a connector under load and to test it against a slow or saturated Datasul:
/// how long each answer takes (per route, on the server's clock — the virtual one in memory, real time over a socket),
/// and how many requests it serves at once before it answers <c>503</c> with <c>Retry-After</c>, as an overloaded
/// application server does. Set it with <see cref="FakeDatasulServer.Capacity"/>; it applies to the next request.
/// </summary>
public sealed record FakeErpCapacity
{
    /// <summary>No delay, no limit: the fake as fast as it is.</summary>
    public static FakeErpCapacity Unlimited { get; } = new();

    /// <summary>The service time of every request no entry of <see cref="Routes"/> names.</summary>
    public FakeServiceTime ServiceTime { get; init; } = FakeServiceTime.Instant;

    /// <summary>
    /// Service times per route: <c>"POST pdp/v1/ordersPublic"</c> for one method, or <c>"pdp/v1/ordersPublic"</c> for every
    /// method (routes relative to the path prefix, as the journal names them; a key below the route counts as the route).
    /// </summary>
    public IReadOnlyDictionary<string, FakeServiceTime> Routes { get; init; } = new Dictionary<string, FakeServiceTime>(StringComparer.Ordinal);

    /// <summary>How many requests are served at once; one more is answered <c>503</c> at once. <see langword="null"/>: no limit.</summary>
    public int? MaxConcurrentRequests { get; init; }

    /// <summary>The <c>Retry-After</c> of a <c>503</c> for capacity.</summary>
    /// <value>Defaults to 1 second.</value>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The seed of the jitter, so a run repeats.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The service time of a request to <paramref name="route"/> with <paramref name="method"/>.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="route">The route, relative to the path prefix.</param>
    /// <returns>The entry for the method and route, else for the route, else <see cref="ServiceTime"/>.</returns>
    public FakeServiceTime For(string method, string route)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(route);
        FakeServiceTime? forRoute = null;
        foreach (var (key, time) in Routes)
        {
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            var (keyMethod, keyRoute) = space < 0 ? (null, key) : (key[..space], key[(space + 1)..]);
            if (!route.Equals(keyRoute, StringComparison.Ordinal) && !route.StartsWith(keyRoute + "/", StringComparison.Ordinal))
            {
                continue;
            }

            if (keyMethod is null)
            {
                forRoute ??= time;
            }
            else if (keyMethod.Equals(method, StringComparison.OrdinalIgnoreCase))
            {
                return time; // a method's entry wins over the route's, whatever their order
            }
        }

        if (forRoute is not null)
        {
            return forRoute;
        }

        return ServiceTime;
    }
}
