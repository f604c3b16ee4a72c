using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Totvs.Ecommerce.Sdk.Testing.Routes;

/// <summary>An answer of the fake server, before a host writes it out.</summary>
internal sealed class FakeResponse
{
    public FakeResponse(int statusCode, byte[] body, TimeSpan? retryAfter = null)
    {
        StatusCode = statusCode;
        Body = body;
        RetryAfter = retryAfter;
    }

    public int StatusCode { get; }

    public byte[] Body { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Set by a fault: the host breaks the connection instead of answering.</summary>
    public bool DropConnection { get; init; }

    /// <summary>
    /// The answer as an in-memory handler gives it to the client's pipeline: status, JSON body, <c>Date</c> and
    /// <c>Retry-After</c>; a dropped connection is what SocketsHttpHandler raises when the server closes without answering.
    /// </summary>
    public HttpResponseMessage ToHttpResponse(HttpRequestMessage request, DateTimeOffset now)
    {
        if (DropConnection)
        {
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "An error occurred while sending the request.", new IOException("The response ended prematurely."));
        }

        var response = new HttpResponseMessage((System.Net.HttpStatusCode)StatusCode) { RequestMessage = request, Content = new ByteArrayContent(Body) };
        response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        response.Headers.Date = now;
        if (RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
        }

        return response;
    }

    public static FakeResponse Json(int statusCode, JsonNode body) =>
        new(statusCode, JsonSerializer.SerializeToUtf8Bytes(body, FakeJsonContext.Default.JsonNode));

    public static FakeResponse Raw(int statusCode, string body) => new(statusCode, Encoding.UTF8.GetBytes(body));

    /// <summary>A Datasul error body in the TOTVS API guide's shape.</summary>
    public static FakeResponse Error(int statusCode, string code, string message, string? detailedMessage = null, JsonArray? details = null)
    {
        // What a request sent may come back in a message: never more than a few kilobytes of it.
        var body = new JsonObject
        {
            ["code"] = Cap(code),
            ["message"] = Cap(message),
            ["detailedMessage"] = Cap(detailedMessage ?? message),
            ["helpUrl"] = "https://tdn.totvs.com/",
        };
        if (details is not null)
        {
            while (details.Count > MaxEchoedDetails)
            {
                details.RemoveAt(details.Count - 1);
            }

            foreach (var detail in details.OfType<JsonObject>())
            {
                if (detail["message"] is JsonValue text && text.TryGetValue<string>(out var detailMessage))
                {
                    detail["message"] = Cap(detailMessage);
                }
            }

            body["details"] = details;
        }

        return Json(statusCode, body);
    }

    /// <summary>The longest text an error answer repeats.</summary>
    internal const int MaxEchoedText = 2000;

    /// <summary>The most details an error answer lists.</summary>
    internal const int MaxEchoedDetails = 100;

    private static string Cap(string text) => text.Length <= MaxEchoedText ? text : text[..MaxEchoedText] + "…";
}
