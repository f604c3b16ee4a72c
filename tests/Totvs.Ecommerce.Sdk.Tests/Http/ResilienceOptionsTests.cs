using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Time;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>
/// <see cref="TotvsResilienceOptions"/>: bound from configuration with the rest of the options, a time-out per kind of
/// operation, and the same pipeline for the client built without DI.
/// </summary>
public sealed class ResilienceOptionsTests
{
    private static Customer Maria => SalesSeed.Customer();

    [Fact]
    public async Task The_retry_count_is_bound_from_configuration()
    {
        var server = new FakeDatasulServer();
        server.AddStore("1");
        server.Faults.On("GET", server.Routes.Families).Always().RespondWithStatus(503);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Totvs:Ecommerce:BaseAddress"] = FakeDatasulServer.InMemoryBaseAddress.ToString(),
            ["Totvs:Ecommerce:Authentication:Username"] = FakeDatasulServer.DefaultUsername,
            ["Totvs:Ecommerce:Authentication:Password"] = FakeDatasulServer.DefaultPassword,
            ["Totvs:Ecommerce:Resilience:MaxRetryAttempts"] = "1",
            ["Totvs:Ecommerce:Resilience:RetryDelay"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddTotvsEcommerce(configuration.GetSection("Totvs:Ecommerce")).UseFakeDatasulServer(server);
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => provider.GetRequiredService<TotvsEcommerceClient>().Families.ListAsync());

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(2, server.Journal.For("GET", server.Routes.Families).Count); // the first attempt and the one retry configured
    }

    [Fact]
    public async Task A_create_is_cut_at_its_own_time_out_and_then_found_or_sent_again_once()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: s => s.AddStore("1"),
            configure: o => o.Resilience.CreateTimeout = TotvsResilienceDefaults.CreateTimeout);
        harness.Server.Faults.On("POST", harness.Server.Routes.Customers).Delay(TimeSpan.FromSeconds(80));
        harness.Clock.LongestSkippedWait = TimeSpan.FromSeconds(76); // jump to the create's 75 s time-out, never past it

        var created = await harness.RunAsync(() => harness.Client.Customers.CreateAsync(Maria));

        Assert.NotNull(created.Record.CustomerCode);
        var posts = harness.Server.Journal.For("POST", harness.Server.Routes.Customers);
        Assert.Equal(2, posts.Count); // cut at 75 s, not found by its short name, sent once more
        Assert.Equal(0, posts[0].StatusCode); // the first was abandoned while the server was still answering
    }

    [Fact]
    public async Task A_longer_create_time_out_lets_a_slow_create_through_in_one_attempt()
    {
        await using var harness = await SdkHarness.CreateAsync(
            seed: s => s.AddStore("1"),
            configure: o => o.Resilience.CreateTimeout = TimeSpan.FromMinutes(2));
        harness.Server.Faults.On("POST", harness.Server.Routes.Customers).Delay(TimeSpan.FromSeconds(80));
        harness.Clock.LongestSkippedWait = TimeSpan.FromSeconds(81);

        var created = await harness.RunAsync(() => harness.Client.Customers.CreateAsync(Maria));

        Assert.NotNull(created.Record.CustomerCode);
        Assert.Single(harness.Server.Journal.For("POST", harness.Server.Routes.Customers));
    }

    [Fact]
    public async Task The_client_built_without_DI_retries_with_the_same_pipeline()
    {
        var clock = new TestClock(SdkHarness.Start);
        var server = new FakeDatasulServer(new FakeDatasulServerOptions { TimeProvider = clock });
        server.AddStore("1").WithFamily("FER", "Ferramentas");
        await using var host = await server.StartLoopbackAsync();
        server.Faults.On("GET", server.Routes.Families).Times(2).RespondWithStatus(503);
        var options = new TotvsEcommerceOptions();
        server.ApplyClientOptions(options, host.BaseAddress);

        var client = new TotvsEcommerceClient(options, clock);
        clock.LongestSkippedWait = TimeSpan.FromSeconds(10); // jump over the back-offs, never over a time-out while a socket answers
        var page = await clock.RunAsync(() => client.Families.ListAsync());

        Assert.Single(page.Items);
        Assert.Equal([503, 503, 200], server.Journal.For("GET", server.Routes.Families).Select(e => e.StatusCode));
    }

    [Fact]
    public void Out_of_range_resilience_settings_are_named_with_what_to_put_there()
    {
        var options = new TotvsEcommerceOptions { BaseAddress = FakeDatasulServer.InMemoryBaseAddress };
        options.Authentication.Username = "u";
        options.Authentication.Password = "p";
        options.Resilience.MaxRetryAttempts = 50;
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(30);

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new TotvsEcommerceClient(options));

        Assert.Contains("Resilience:MaxRetryAttempts 50 is out of range; use 0 (never) to 10", error.Message, StringComparison.Ordinal);
        Assert.Contains("Resilience:TotalTimeout 00:00:30 is shorter than Resilience:AttemptTimeout", error.Message, StringComparison.Ordinal);
    }
}
