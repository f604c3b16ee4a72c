namespace Totvs.Ecommerce.Sdk.Testing.Vtex;

/// <summary>How a <see cref="FakeVtexServer"/> behaves: its clock, its credentials, its rate limit.</summary>
public sealed class FakeVtexServerOptions
{
    /// <summary>The server's clock (waits, feed times, the rate limit's window); the system's by default.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The app key the fake accepts.</summary>
    public string AppKey { get; set; } = FakeVtexServer.DefaultAppKey;

    /// <summary>The app token the fake accepts.</summary>
    public string AppToken { get; set; } = FakeVtexServer.DefaultAppToken;

    /// <summary>How long every answer takes (VTEX's latency as the connector sees it), on <see cref="TimeProvider"/>; none by default.</summary>
    public TimeSpan ServiceTime { get; set; }

    /// <summary>
    /// VTEX's rate limit: at most this many requests per window, beyond which the fake answers 429 with a
    /// <c>Retry-After</c> of the seconds until the window frees a place. <see langword="null"/>: no limit.
    /// </summary>
    public (int Requests, TimeSpan Window)? RateLimit { get; set; }
}
