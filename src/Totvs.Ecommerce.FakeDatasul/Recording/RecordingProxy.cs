using System.Text;
using Microsoft.AspNetCore.Http;

namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// Record mode: forwards each request to the real Datasul (credentials included, redirects not followed), answers the
/// caller with what it answered, and appends the exchange, scrubbed, to the recording.
/// </summary>
internal sealed class RecordingProxy(Uri target, RecordingFile file, Sanitizer sanitizer) : IDisposable
{
    private static readonly string[] ForwardedHeaders = ["Authorization", "Accept", "Accept-Language", "User-Agent"];

    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(5) };

    public async Task ServeAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var path = context.Request.PathBase.Add(context.Request.Path).ToUriComponent();
        var query = context.Request.QueryString.Value ?? string.Empty;
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(target, path.TrimStart('/') + query));
        foreach (var name in ForwardedHeaders)
        {
            if (context.Request.Headers.TryGetValue(name, out var values))
            {
                request.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values);
            }
        }

        if (buffer.Length > 0)
        {
            request.Content = new ByteArrayContent(buffer.ToArray());
            if (context.Request.ContentType is { } contentType)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        using var response = await http.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(context.RequestAborted).ConfigureAwait(false);
        var type = response.Content.Headers.ContentType?.ToString();
        file.Append(sanitizer.Scrub(new RecordingEntry(
            context.Request.Method, path, query, buffer.Length == 0 ? null : Encoding.UTF8.GetString(buffer.ToArray()),
            (int)response.StatusCode, type, Encoding.UTF8.GetString(body))));

        context.Response.StatusCode = (int)response.StatusCode;
        if (type is not null)
        {
            context.Response.ContentType = type;
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString();
        }

        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Stops recording; the last pass replaces, in every exchange written, the values met only after it.</summary>
    public void Dispose()
    {
        http.Dispose();
        try
        {
            file.Complete(sanitizer.ScrubKnown);
        }
        finally
        {
            file.Dispose();
        }
    }
}
