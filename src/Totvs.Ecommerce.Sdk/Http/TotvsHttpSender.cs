using System.Buffers;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Sends one request through the application's <see cref="HttpClient"/> (and so through its resilience
/// pipeline) and reads the whole answer. Failures to get an answer become a transient
/// <see cref="TotvsApiException"/>; the caller's own cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class TotvsHttpSender(Func<HttpClient> httpClientSource, long maxResponseBodyBytes)
{
    /// <summary>Sends <paramref name="request"/> (and disposes it) and returns the whole answer.</summary>
    public async ValueTask<TotvsHttpAnswer> SendAsync(HttpRequestMessage request, string path, CancellationToken cancellationToken)
    {
        using var owned = request;
        var method = request.Method.Method;
        try
        {
            using var response = await httpClientSource()
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return await ReadAsync(response, method, path, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (BrokenCircuitException ex)
        {
            throw TotvsExceptionFactory.FromTransportFailure(method, path,
                "the circuit breaker is open after repeated failures, so the SDK is not calling Datasul for a while.", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw TotvsExceptionFactory.FromTransportFailure(method, path, "no answer within the configured time-out.", ex);
        }
        catch (TaskCanceledException ex)
        {
            throw TotvsExceptionFactory.FromTransportFailure(method, path, "no answer within HttpClient.Timeout.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw TotvsExceptionFactory.FromTransportFailure(method, path, $"the connection failed ({ex.HttpRequestError}).", ex);
        }
        catch (IOException ex)
        {
            throw TotvsExceptionFactory.FromTransportFailure(method, path, "the connection broke while the answer was read.", ex);
        }
    }

    /// <summary>Reads the body into a pooled buffer (no copy to a new array per answer), refusing one over the size cap.</summary>
    private async ValueTask<TotvsHttpAnswer> ReadAsync(HttpResponseMessage response, string method, string path, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        if (declared > maxResponseBodyBytes)
        {
            throw TooLarge(method, path, declared.Value);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(declared ?? 16 * 1024, 256, 1024 * 1024));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxResponseBodyBytes)
                {
                    throw TooLarge(method, path, length);
                }
            }

            return new TotvsHttpAnswer((int)response.StatusCode, buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private TotvsApiException TooLarge(string method, string path, long size) => new(
        $"The answer of {method} {path} is larger than MaxResponseBodyBytes ({maxResponseBodyBytes:N0} bytes; at least {size:N0} arrived) and was refused. " +
        "Ask for smaller pages (PageSize, Fields) or raise MaxResponseBodyBytes.",
        null, null, false, method, path, null);
}
