using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Tests.Contract;

/// <summary>Plain HTTP with JSON to a fake server, as a connector in another language would call it: no SDK model involved.</summary>
public sealed class RawDatasul(FakeDatasulServer server) : IDisposable
{
    private readonly HttpClient http = new(server.CreateHandler())
    {
        BaseAddress = new Uri(FakeDatasulServer.InMemoryBaseAddress, server.PathPrefix.Trim('/') + "/"),
        DefaultRequestHeaders =
        {
            Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeDatasulServer.DefaultUsername}:{FakeDatasulServer.DefaultPassword}"))),
        },
    };

    public async Task<(int Status, JsonNode? Body)> SendAsync(string method, string route, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), route);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public void Dispose() => http.Dispose();
}
