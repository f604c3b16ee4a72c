using System.Globalization;
using System.Net.Http.Headers;

namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// What Datasul answered to one call, beyond the records: status, the request id to quote to TOTVS support,
/// <c>Retry-After</c>, headers, how long it took and how many times the SDK sent it. Every <see cref="Page{T}"/> carries
/// its own; for any other call, <see cref="TotvsResponseCapture"/> collects them. Costs nothing when nobody reads it.
/// </summary>
public sealed class TotvsResponse
{
    /// <summary>The header names a request id is read from, first found wins.</summary>
    private static readonly string[] RequestIdHeaders = ["X-Request-Id", "X-Correlation-Id", "Request-Id", "X-Totvs-Request-Id"];

    private readonly HttpResponseHeaders? wireHeaders;
    private readonly IReadOnlyDictionary<string, string>? givenHeaders;

    /// <summary>Creates a response (for tests and mocks; the SDK builds them from Datasul's answers).</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="method">The HTTP method, e.g. <c>GET</c>.</param>
    /// <param name="route">The route called, e.g. <c>cdp/v1/businessFamilyPublic/ecommerce</c>.</param>
    /// <param name="headers">The answer's headers; none when <see langword="null"/>.</param>
    /// <param name="elapsed">How long the call took, retries included.</param>
    /// <param name="attempts">How many times the SDK sent the request (a renewed token counts as one more).</param>
    public TotvsResponse(int statusCode, string method, string route, IReadOnlyDictionary<string, string>? headers = null, TimeSpan elapsed = default, int attempts = 1)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(route);
        StatusCode = statusCode;
        Method = method;
        Route = route;
        givenHeaders = headers is null ? null : new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        Elapsed = elapsed;
        Attempts = attempts;
    }

    internal TotvsResponse(int statusCode, string method, string route, HttpResponseHeaders? headers, TimeSpan elapsed, int attempts)
        : this(statusCode, method, route, (IReadOnlyDictionary<string, string>?)null, elapsed, attempts) => wireHeaders = headers;

    /// <summary>The HTTP status of the answer.</summary>
    public int StatusCode { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The route called, without the key or the query (which may carry personal data).</summary>
    public string Route { get; }

    /// <summary>How long the call took, the SDK's retries included.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>How many times the SDK sent the request itself (1, or 2 after renewing a refused token); the resilience handler's retries are inside one.</summary>
    public int Attempts { get; }

    /// <summary>The request id Datasul (or a proxy in front of it) gave the answer, to quote to TOTVS support; <see langword="null"/> when there is none.</summary>
    public string? RequestId => RequestIdHeaders.Select(GetHeader).FirstOrDefault(value => value is not null);

    /// <summary>How long Datasul asked to wait before the next call (<c>Retry-After</c>), or <see langword="null"/>.</summary>
    public TimeSpan? RetryAfter
    {
        get
        {
            if (wireHeaders?.RetryAfter is { } condition)
            {
                return condition.Delta ?? (condition.Date is { } at && wireHeaders.Date is { } now ? at - now : null);
            }

            return GetHeader("Retry-After") is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? TimeSpan.FromSeconds(seconds)
                : null;
        }
    }

    /// <summary>
    /// The ERP's clock when it answered (the <c>Date</c> header every HTTP server sends), or <see langword="null"/> when the
    /// answer has none. An incremental pull takes its next watermark from it, so the connector's own clock never matters.
    /// </summary>
    public DateTimeOffset? ServerDate
    {
        get
        {
            if (wireHeaders is not null)
            {
                return wireHeaders.Date;
            }

            return GetHeader("Date") is { } text && DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date
                : null;
        }
    }

    /// <summary>The names of the answer's headers (<c>Set-Cookie</c> is never kept: it may carry a session).</summary>
    public IReadOnlyCollection<string> HeaderNames => wireHeaders is not null
        ? wireHeaders.Select(h => h.Key).Where(IsKept).ToArray()
        : givenHeaders?.Keys.Where(IsKept).ToArray() ?? [];

    /// <summary>A header's value (several values joined with <c>", "</c>), or <see langword="null"/>.</summary>
    /// <param name="name">The header's name, in any case.</param>
    /// <returns>The value, or <see langword="null"/> when the answer has no such header.</returns>
    public string? GetHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsKept(name))
        {
            return null;
        }

        if (wireHeaders is not null)
        {
            return wireHeaders.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
        }

        return givenHeaders is not null && givenHeaders.TryGetValue(name, out var value) ? value : null;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{StatusCode} {Method} {Route} in {Elapsed.TotalMilliseconds:0} ms{(Attempts > 1 ? $", {Attempts} attempts" : string.Empty)}{(RequestId is { } id ? $", request id {id}" : string.Empty)}";

    private static bool IsKept(string name) => !name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase);
}
