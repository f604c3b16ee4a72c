using System.Text;
using System.Text.Json.Nodes;
using Totvs.Ecommerce.FakeDatasul;

namespace Totvs.Ecommerce.Sdk.Tests.Tool;

/// <summary>The totvs-fake-datasul app started in this process on a free loopback port, an HTTP client for its admin API, and an SDK client for its Datasul routes.</summary>
internal sealed class ToolHost : IAsyncDisposable
{
    private ToolHost(FakeDatasulApp app)
    {
        App = app;
        Address = app.Addresses[0];
        Http = new HttpClient { BaseAddress = Address };
        var options = app.Erp.Server.CreateClientOptions(Address);
        Client = new TotvsEcommerceClient(new HttpClient(), options);
    }

    public FakeDatasulApp App { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public TotvsEcommerceClient Client { get; }

    public static async Task<ToolHost> StartAsync(params string[] args) =>
        new(await FakeDatasulApp.StartAsync(ToolOptions.Parse(["--urls", "http://127.0.0.1:0", .. args])));

    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(int Status, JsonNode? Body)> PostAsync(string path, string? json = null) => SendAsync(HttpMethod.Post, path, json ?? "{}");

    public Task<(int Status, JsonNode? Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
    }
}
