using System.Collections.Specialized;

namespace Totvs.Ecommerce.Sdk.Testing.Journal;

/// <summary>One request the fake server received and what it answered.</summary>
public sealed class JournalEntry
{
    private readonly NameValueCollection query;

    internal JournalEntry(
        long sequence, DateTimeOffset receivedAt, string method, string route, string queryString, NameValueCollection query,
        string? authenticationScheme, string? body, int statusCode, string? fault, string? userAgent = null)
    {
        UserAgent = userAgent;
        Sequence = sequence;
        ReceivedAt = receivedAt;
        Method = method;
        Route = route;
        QueryString = queryString;
        this.query = query;
        AuthenticationScheme = authenticationScheme;
        Body = body;
        StatusCode = statusCode;
        Fault = fault;
    }

    /// <summary>1 for the first request the server received, then 2, 3, …</summary>
    public long Sequence { get; }

    /// <summary>When the request arrived, on the server's clock (a fake clock in tests).</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The path relative to the path prefix (e.g. <c>cdp/v1/businessFamilyPublic/ecommerce/FAM1</c>), or the absolute path for the token endpoint and unknown paths.</summary>
    public string Route { get; }

    /// <summary>The raw query string, with its leading '?' (or empty).</summary>
    public string QueryString { get; }

    /// <summary>The scheme of the <c>Authorization</c> header (<c>Basic</c>, <c>Bearer</c>), never its value.</summary>
    public string? AuthenticationScheme { get; }

    /// <summary>
    /// The request's <c>User-Agent</c> header, or <see langword="null"/>: tells apart the replicas of a connector (each can
    /// add its name) when several share one fake.
    /// </summary>
    public string? UserAgent { get; }

    /// <summary>The request body as text (its first 64 KiB, with its size, when larger), or <see langword="null"/> when there was none.</summary>
    public string? Body { get; }

    /// <summary>The status the server answered (0 when a fault dropped the connection without answering, or the client gave up while a delayed answer was pending).</summary>
    public int StatusCode { get; }

    /// <summary>The fault injected into this request, or <see langword="null"/>.</summary>
    public string? Fault { get; }

    /// <summary>The value of a query parameter, or <see langword="null"/> when absent.</summary>
    /// <param name="name">The parameter name (e.g. <c>lastUpdate</c>).</param>
    /// <returns>The unescaped value.</returns>
    public string? QueryValue(string name) => query[name];

    /// <inheritdoc />
    public override string ToString() =>
        $"#{Sequence} {Method} {Route}{QueryString} -> {StatusCode}{(Fault is null ? string.Empty : $" (fault: {Fault})")}";
}
