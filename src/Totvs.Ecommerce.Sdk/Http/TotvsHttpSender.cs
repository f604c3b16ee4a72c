using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Sends one request through the application's <see cref="HttpClient"/> (and so through its resilience
/// pipeline) and reads the whole answer. Failures to get an answer become a transient
/// <see cref="TotvsApiException"/>; the caller's own cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class TotvsHttpSender(Func<HttpClient> httpClientSource)
{
    public async Task<TotvsHttpAnswer> SendAsync(Func<HttpRequestMessage> createRequest, string path, CancellationToken cancellationToken)
    {
        using var request = createRequest();
        var method = request.Method.Method;
        try
        {
            using var response = await httpClientSource()
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new TotvsHttpAnswer((int)response.StatusCode, body);
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
}
