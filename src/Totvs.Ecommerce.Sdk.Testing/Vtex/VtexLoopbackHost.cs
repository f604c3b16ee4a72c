using Microsoft.AspNetCore.Http;
using Totvs.Ecommerce.Sdk.Testing.Routes;

namespace Totvs.Ecommerce.Sdk.Testing.Vtex;

/// <summary>Serves one HTTP request with the fake VTEX's router (the totvs-fake-datasul tool's <c>--vtex</c>).</summary>
internal static class VtexLoopbackHost
{
    /// <summary>The most a request body may hold.</summary>
    private const long MaxRequestBodyBytes = 4 * 1024 * 1024;

    /// <summary>Serves the request, whose path has the VTEX path base removed.</summary>
    /// <param name="router">The fake VTEX's router.</param>
    /// <param name="context">The request.</param>
    /// <param name="path">The path as VTEX would see it, e.g. <c>/api/catalog/pvt/category</c>.</param>
    /// <returns>A task that completes when the answer is written.</returns>
    public static async Task ServeAsync(VtexRouter router, HttpContext context, string path)
    {
        if (context.Request.ContentLength > MaxRequestBodyBytes)
        {
            context.Response.StatusCode = 413;
            return;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers.Where(h => h.Key.StartsWith("X-VTEX-", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new FakeRequest(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty, null, null, buffer.ToArray(),
            context.Request.Headers.UserAgent.Count == 0 ? null : context.Request.Headers.UserAgent.ToString());
        FakeResponse answer;
        try
        {
            answer = await router.HandleAsync(request, headers, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (answer.DropConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        if (answer.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
