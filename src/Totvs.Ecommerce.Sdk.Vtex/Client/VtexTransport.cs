using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>Sends VTEX requests: the app key and token, JSON both ways, a bounded answer, and failures as <see cref="VtexApiException"/>.</summary>
internal sealed class VtexTransport(HttpClient http, VtexClientOptions options)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public Uri AccountBase { get; } = options.AccountBase;

    public Uri PricingBase { get; } = options.PricingBase;

    /// <summary>Sends a request and reads its answer; a 404 is <see langword="null"/> when <paramref name="notFoundIsNull"/>, any other failure throws.</summary>
    public async Task<T?> SendAsync<T>(HttpMethod method, Uri address, object? body, JsonTypeInfo? bodyType, JsonTypeInfo<T>? answerType,
        bool notFoundIsNull, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, address);
        request.Headers.Add("X-VTEX-API-AppKey", options.AppKey);
        request.Headers.Add("X-VTEX-API-AppToken", options.AppToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null && bodyType is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
            request.Content.Headers.ContentType = Json;
        }

        var what = $"{method} {address.AbsolutePath}";
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new VtexApiException($"VTEX did not answer {what}: {ex.Message} Calling again is safe for reads and updates.", null, true, inner: ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new VtexApiException($"VTEX did not answer {what} in time.", null, true, inner: ex);
        }

        using (response)
        {
            var bytes = await ReadBoundedAsync(response, what, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                if (answerType is null || bytes.Length == 0)
                {
                    return null;
                }

                try
                {
                    return JsonSerializer.Deserialize(bytes, answerType)
                        ?? throw new VtexApiException($"VTEX answered {what} with null.", status, false);
                }
                catch (JsonException ex)
                {
                    throw new VtexApiException($"VTEX's answer to {what} ({status}) does not read as {typeof(T).Name}: {ex.Message}", status, false, inner: ex);
                }
            }

            if (status == 404 && notFoundIsNull)
            {
                return null;
            }

            var retryAfter = response.Headers.RetryAfter is { } header
                ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
                : null;
            var transient = status is 408 or 429 or >= 500;
            var said = bytes.Length == 0 ? string.Empty : $" VTEX said: {Excerpt(bytes)}";
            var advice = status switch
            {
                401 or 403 => " Check Vtex:AppKey and Vtex:AppToken, and the key's role in the VTEX admin (License Manager).",
                429 => $" VTEX limits the rate of calls: wait {(retryAfter is { } wait ? $"{wait.TotalSeconds:0} s" : "a while")} and call again.",
                >= 500 => " A transient VTEX failure: call again later.",
                _ => string.Empty,
            };
            throw new VtexApiException($"VTEX refused {what} with {status} {response.ReasonPhrase}.{said}{advice}", status, transient, retryAfter);
        }
    }

    private async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > options.MaxResponseBodyBytes)
        {
            throw new VtexApiException($"VTEX's answer to {what} is {response.Content.Headers.ContentLength:N0} bytes, over Vtex:MaxResponseBodyBytes.", (int)response.StatusCode, false);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeStream = stream.ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxResponseBodyBytes)
            {
                throw new VtexApiException($"VTEX's answer to {what} is over Vtex:MaxResponseBodyBytes ({options.MaxResponseBodyBytes:N0} bytes).", (int)response.StatusCode, false);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 500)).ReplaceLineEndings(" ");
        return body.Length > 500 ? text + "…" : text;
    }

    /// <summary>An address under a base, with each path segment escaped.</summary>
    public static Uri Under(Uri baseAddress, string path) => new(baseAddress, path.TrimStart('/'));

    /// <summary>A path segment from a caller's value (an id, a RefId), escaped.</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);
}
