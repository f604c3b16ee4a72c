using System.Buffers;
using System.Net;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// An answer's body already read whole (by <see cref="BoundedBodyReader"/>) into a pooled buffer: the retry predicate and
/// the SDK read it without touching the network again. The buffer goes back to the pool when the content is disposed,
/// unless the SDK took it over (<see cref="Detach"/>).
/// </summary>
internal sealed class PooledBodyContent : HttpContent
{
    private byte[]? buffer;

    public PooledBodyContent(byte[] buffer, int length, HttpContent original)
    {
        this.buffer = buffer;
        Length = length;
        foreach (var header in original.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        Headers.ContentLength = length;
    }

    public int Length { get; }

    /// <summary>The body, while the content owns it.</summary>
    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, buffer is null ? 0 : Length);

    /// <summary>Hands the buffer to the caller, who returns it to the pool.</summary>
    public byte[]? Detach() => Interlocked.Exchange(ref buffer, null);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(buffer.AsMemory(0, buffer is null ? 0 : Length)).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = buffer is null ? 0 : Length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Detach() is { } owned)
        {
            ArrayPool<byte>.Shared.Return(owned);
        }

        base.Dispose(disposing);
    }
}
