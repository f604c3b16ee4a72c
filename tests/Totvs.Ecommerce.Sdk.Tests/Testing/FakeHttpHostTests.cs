using System.Net;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Testing;

/// <summary>What the fake's hosts say and refuse as a real server would: its own clock in <c>Date</c>, 413 for a body past any order.</summary>
public sealed class FakeHttpHostTests
{
    public static TheoryData<ClientTransport> Transports => new() { ClientTransport.InMemory, ClientTransport.Loopback };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Every_answer_carries_the_fakes_own_clock_in_Date(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, seed: s => s.AddStore("1").WithFamily("FER", "Ferramentas"));
        harness.Clock.Advance(TimeSpan.FromDays(400)); // far from the machine's clock: Kestrel's own Date would show it

        var page = await harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" });

        var date = page.Response!.ServerDate!.Value;
        Assert.InRange(harness.Clock.GetUtcNow() - date, TimeSpan.Zero, TimeSpan.FromSeconds(1)); // HTTP dates are to the second
    }

    [Fact]
    public async Task A_body_larger_than_any_order_is_refused_with_413_before_it_is_read()
    {
        await using var harness = await SdkHarness.CreateAsync(ClientTransport.Loopback, seed: s => s.AddStore("1"));
        using var http = new HttpClient();
        var address = new Uri(harness.LoopbackAddress!, $"{harness.Server.PathPrefix.Trim('/')}/{harness.Server.Routes.Orders}");
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new ByteArrayContent(new byte[5 * 1024 * 1024]) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("integration:fake-password"u8.ToArray()));

        using var answer = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(harness.Server.Journal.Entries); // never read, so never served
        Assert.Empty(harness.Server.Orders);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Acme.Connector (replica-2) Totvs.Ecommerce.Sdk/1.0.0")]
    public async Task Every_request_names_the_SDK_or_the_application_and_replica_in_User_Agent(string? userAgent)
    {
        await using var harness = await SdkHarness.CreateAsync(ClientTransport.Loopback, seed: s => s.AddStore("1").WithFamily("FER", "Ferramentas"),
            configure: options => options.UserAgent = userAgent);

        await harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" });

        var sent = Assert.Single(harness.Server.Journal.Entries).UserAgent;
        Assert.Equal(userAgent ?? TotvsEcommerceOptions.DefaultUserAgent, sent);
        Assert.StartsWith("Totvs.Ecommerce.Sdk/", TotvsEcommerceOptions.DefaultUserAgent, StringComparison.Ordinal);
        Assert.DoesNotContain("+", TotvsEcommerceOptions.DefaultUserAgent, StringComparison.Ordinal); // no commit hash
    }
}
