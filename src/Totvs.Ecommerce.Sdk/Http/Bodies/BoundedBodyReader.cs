using System.Buffers;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The one reader of Datasul's answers, success or error: the whole body into a pooled buffer, refused past
/// <see cref="TotvsEcommerceOptions.MaxResponseBodyBytes"/> (memory stays at the cap, whatever arrives) and given up past
/// <see cref="TotvsEcommerceOptions.ResponseReadTimeout"/> (a body that trickles or never ends).
/// </summary>
internal static class BoundedBodyReader
{
    /// <summary>Reads the body; the caller owns the returned buffer (return it to <see cref="ArrayPool{T}.Shared"/>).</summary>
    public static async ValueTask<(byte[] Buffer, int Length)> ReadAsync(
        HttpContent content, BodyLimits limits, string method, string path, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > limits.MaxBytes)
        {
            throw TooLarge(limits, method, path, declared.Value);
        }

        // The clock starts now; a timer is made only when a read has to wait (a body already at hand costs none, and a
        // test clock that jumps cannot fire a time-out on a body that was never waited for).
        var deadline = limits.TimeProvider.GetUtcNow() + limits.ReadTimeout;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(declared ?? 16 * 1024, 256, 1024 * 1024));
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using var streamScope = stream.ConfigureAwait(false);
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var pending = stream.ReadAsync(buffer.AsMemory(length, (int)Math.Min(buffer.Length - length, limits.MaxBytes + 1 - length)), cancellationToken);
                var read = pending.IsCompleted ? pending.Result : await WaitAsync(pending, deadline, limits, method, path, length, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
                if (length > limits.MaxBytes)
                {
                    throw TooLarge(limits, method, path, length);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Waits for a read until the body's deadline; past it the read is abandoned (the caller then drops the connection).</summary>
    private static async ValueTask<int> WaitAsync(
        ValueTask<int> pending, DateTimeOffset deadline, BodyLimits limits, string method, string path, int length, CancellationToken cancellationToken)
    {
        var left = deadline - limits.TimeProvider.GetUtcNow();
        try
        {
            return left > TimeSpan.Zero
                ? await pending.AsTask().WaitAsync(left, limits.TimeProvider, cancellationToken).ConfigureAwait(false)
                : throw new TimeoutException();
        }
        catch (TimeoutException ex)
        {
            throw new TotvsApiException(
                $"The answer of {method} {path} did not arrive whole within ResponseReadTimeout ({limits.ReadTimeout}; {length:N0} bytes had arrived). " +
                "This failure is transient: try again later; raise ResponseReadTimeout only if Datasul is known to answer this slowly.",
                null, null, true, method, path, ex);
        }
    }

    private static TotvsApiException TooLarge(BodyLimits limits, string method, string path, long size) => limits.MaxBytes == BodyLimits.MaxErrorBytes
        ? new(
            $"The error answer of {method} {path} is larger than {BodyLimits.MaxErrorBytes:N0} bytes (at least {size:N0} arrived) and was refused: " +
            "no Datasul error body is that large; a proxy or another service may be answering. Check BaseAddress.",
            null, null, false, method, path, null)
        : new(
            $"The answer of {method} {path} is larger than MaxResponseBodyBytes ({limits.MaxBytes:N0} bytes; at least {size:N0} arrived) and was refused. " +
            "Ask for smaller pages (PageSize, Fields) or raise MaxResponseBodyBytes.",
            null, null, false, method, path, null);
}
