using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Sends one request through the application's <see cref="HttpClient"/> (and so through its resilience
/// pipeline) and reads the whole answer. Failures to get an answer become a transient
/// <see cref="TotvsApiException"/>; the caller's own cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class TotvsHttpSender(Func<HttpClient> httpClientSource, BodyLimits limits)
{
    /// <summary>Sends <paramref name="request"/> (and disposes it) and returns the whole answer.</summary>
    public async ValueTask<TotvsHttpAnswer> SendAsync(HttpRequestMessage request, string path, CancellationToken cancellationToken)
    {
        using var owned = request;
        var method = request.Method.Method;
        try
        {
            using var response = await httpClientSource()
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            return await ReadAsync(response, method, path, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// The answer with its body: taken over from <see cref="TotvsBodyHandler"/> when the SDK's pipeline read it already,
    /// read here under the same limits otherwise (an application's own <see cref="HttpClient"/>). A redirect is an error.
    /// </summary>
    private async ValueTask<TotvsHttpAnswer> ReadAsync(HttpResponseMessage response, string method, string path, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            throw Redirected(method, path, status, response.Headers.Location);
        }

        if (response.Content is PooledBodyContent pooled && pooled.Detach() is { } taken)
        {
            return new TotvsHttpAnswer(status, taken, pooled.Length) { Headers = response.Headers };
        }

        var (buffer, length) = await BoundedBodyReader.ReadAsync(response.Content, limits.For(status), method, path, cancellationToken).ConfigureAwait(false);
        return new TotvsHttpAnswer(status, buffer, length) { Headers = response.Headers };
    }

    /// <summary>A 3xx: the SDK follows no redirect (a body or a credential must never go to another origin).</summary>
    private static TotvsApiException Redirected(string method, string path, int status, Uri? location)
    {
        var target = location is null ? "no Location" : $"Location {Describe(location)}";
        return new TotvsApiException(
            $"{method} {path} was answered {status} (a redirect, {target}). The SDK does not follow redirects, so that no request body or " +
            "credential goes to another address: point BaseAddress (and PathPrefix) at the address Datasul serves from.",
            status, null, false, method, path, null);
    }

    /// <summary>A redirect target without user-info or query (they may carry secrets), cut to a readable length.</summary>
    private static string Describe(Uri location)
    {
        var text = location.IsAbsoluteUri ? location.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : location.OriginalString.Split('?')[0];
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
