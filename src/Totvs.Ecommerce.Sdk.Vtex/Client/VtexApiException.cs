namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// A VTEX call that failed: the method and path, the status, and VTEX's message. <see cref="IsTransient"/> says whether
/// calling again later may succeed (429, 5xx, no answer); <see cref="RetryAfter"/> is how long VTEX asked to wait.
/// </summary>
public sealed class VtexApiException : Exception
{
    internal VtexApiException(string message, int? statusCode, bool isTransient, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status, or <see langword="null"/> when no answer came.</summary>
    public int? StatusCode { get; }

    /// <summary>Whether the failure may pass by itself (rate limit, server error, no answer): call again later.</summary>
    public bool IsTransient { get; }

    /// <summary>How long VTEX asked to wait (429's <c>Retry-After</c>), if it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
