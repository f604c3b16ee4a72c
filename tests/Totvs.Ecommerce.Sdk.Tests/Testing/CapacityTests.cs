using System.Net.Http.Headers;
using System.Text;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Pacing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Testing;

/// <summary>
/// The fake ERP's pace: a service time per route on the server's clock, seeded jitter, and a limit of concurrent requests
/// beyond which it answers 503 with Retry-After, as a saturated Datasul does. Everything waits on the fake clock.
/// </summary>
public sealed class CapacityTests
{
    [Fact]
    public async Task A_route_answers_after_its_service_time_on_the_servers_clock_and_the_others_at_once()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithFamily("FER", "Ferramentas").WithItem("FUR-001", "Furadeira", 10m, 1, "FER"));
        harness.Server.Capacity = FakeErpCapacity.Unlimited with
        {
            Routes = new Dictionary<string, FakeServiceTime> { [$"GET {harness.Server.Routes.Families}"] = new(TimeSpan.FromMilliseconds(200)) },
        };
        var sentAt = harness.Clock.GetUtcNow();

        var slow = harness.Client.Families.ListAsync();
        await harness.Clock.WhenTimerDueAsync(sentAt + TimeSpan.FromMilliseconds(200));
        var answeredEarly = slow.IsCompleted;
        var fast = await harness.Client.Products.ListAsync().WaitAsync(TimeSpan.FromMinutes(1)); // a guard: products have no service time
        harness.Clock.Advance(TimeSpan.FromMilliseconds(200));
        var page = await slow.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.False(answeredEarly);
        Assert.Single(fast.Items);
        Assert.Single(page.Items);
    }

    [Fact]
    public async Task Beyond_its_concurrent_requests_the_ERP_answers_503_with_Retry_After_at_once()
    {
        var clock = new Totvs.Ecommerce.Sdk.Testing.Time.TestClock(SdkHarness.Start);
        var server = new FakeDatasulServer(new FakeDatasulServerOptions
        {
            TimeProvider = clock,
            Capacity = new FakeErpCapacity { ServiceTime = new(TimeSpan.FromSeconds(1)), MaxConcurrentRequests = 2, RetryAfter = TimeSpan.FromSeconds(3) },
        });
        server.AddStore("1").WithFamily("FER", "Ferramentas");
        using var http = new HttpClient(server.CreateHandler()) { BaseAddress = FakeDatasulServer.InMemoryBaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeDatasulServer.DefaultUsername}:{FakeDatasulServer.DefaultPassword}")));
        var path = $"{server.PathPrefix.TrimStart('/')}{server.Routes.Families}";

        var first = http.GetAsync(path);
        var second = http.GetAsync(path);
        await clock.WhenTimerDueAsync(clock.GetUtcNow() + TimeSpan.FromSeconds(1)); // both are being served
        using var third = await http.GetAsync(path).WaitAsync(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromSeconds(1));
        using var answered = await first.WaitAsync(TimeSpan.FromMinutes(1));
        using var alsoAnswered = await second.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(503, (int)third.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), third.Headers.RetryAfter?.Delta);
        Assert.Equal(200, (int)answered.StatusCode);
        Assert.Equal(200, (int)alsoAnswered.StatusCode);
        Assert.Contains(server.Journal.Entries, e => e.StatusCode == 503 && e.Fault == "over capacity");
    }

    [Fact]
    public void Jitter_stays_within_its_bound_and_repeats_with_its_seed()
    {
        var capacity = new FakeErpCapacity { ServiceTime = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(50)), Seed = 7 };
        var first = new CapacityGate();
        var second = new CapacityGate();

        var drawn = Enumerable.Range(0, 100).Select(_ => first.ServiceTime(capacity, "GET", "x")).ToList();
        var again = Enumerable.Range(0, 100).Select(_ => second.ServiceTime(capacity, "GET", "x")).ToList();

        Assert.All(drawn, t => Assert.InRange(t, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(250)));
        Assert.True(drawn.Distinct().Count() > 50, "the jitter varies");
        Assert.Equal(drawn, again);
    }

    [Theory]
    [InlineData("POST", "pdp/v1/ordersPublic", 1000)]
    [InlineData("GET", "pdp/v1/ordersPublic/1001", 300)]
    [InlineData("GET", "cdp/v1/productPublic/ecommerce", 50)]
    public void A_route_entry_wins_over_the_default_and_a_method_entry_over_a_route_entry(string method, string route, int expectedMs)
    {
        var capacity = new FakeErpCapacity
        {
            ServiceTime = new(TimeSpan.FromMilliseconds(50)),
            Routes = new Dictionary<string, FakeServiceTime>
            {
                ["pdp/v1/ordersPublic"] = new(TimeSpan.FromMilliseconds(300)), // listed first: the method entry still wins for a POST
                ["POST pdp/v1/ordersPublic"] = new(TimeSpan.FromSeconds(1)),
            },
        };

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), capacity.For(method, route).Fixed);
    }
}
