using System.Buffers;
using System.Net.Http.Headers;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// An answer read whole from Datasul: its status and body. The body lives in a pooled buffer until the answer
/// is disposed: read it (deserialize, parse the error) before that.
/// </summary>
internal sealed class TotvsHttpAnswer : IDisposable
{
    private byte[]? rented;

    public TotvsHttpAnswer(int statusCode, byte[]? rented, int length)
    {
        StatusCode = statusCode;
        this.rented = rented;
        Body = rented is null ? ReadOnlyMemory<byte>.Empty : rented.AsMemory(0, length);
    }

    public int StatusCode { get; }

    /// <summary>The answer's headers (kept after the response is disposed), for <see cref="TotvsResponse"/>.</summary>
    public HttpResponseHeaders? Headers { get; init; }

    /// <summary>The call's method, route, time and sends, set by the transport once the answer is final.</summary>
    public (string Method, string Route, TimeSpan Elapsed, int Attempts) Call { get; set; } = (string.Empty, string.Empty, TimeSpan.Zero, 1);

    /// <summary>What this answer tells a caller about the call (status, headers, request id, time).</summary>
    public TotvsResponse ToResponse() => new(StatusCode, Call.Method, Call.Route, Headers, Call.Elapsed, Call.Attempts);

    public ReadOnlyMemory<byte> Body { get; private set; }

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>Throws the SDK exception that fits a failed answer; does nothing on success.</summary>
    public void ThrowIfFailed(string method, string path)
    {
        if (!IsSuccess)
        {
            throw TotvsExceptionFactory.FromResponse(method, path, StatusCode, ErrorBodyReader.TryRead(Body.Span));
        }
    }

    public void Dispose()
    {
        Body = ReadOnlyMemory<byte>.Empty;
        if (Interlocked.Exchange(ref rented, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
