using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>
/// Orders and customers share one exactly-once create (issue 29): the same Retry-After, the same attempts option, the same
/// result shape, the same "already existed". Each test runs for both records.
/// </summary>
public sealed class CreateOnceTests
{
    public static TheoryData<string> Records => new() { "order", "customer" };

    [Theory]
    [MemberData(nameof(Records))]
    public async Task A_503_with_a_Retry_After_is_sent_again_only_after_it_and_the_record_is_created_once(string record)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var route = RouteOf(harness, record);
        harness.Server.Faults.On("POST", route).RespondWithStatus(503, retryAfter: TimeSpan.FromSeconds(20));

        var result = await harness.RunAsync(() => CreateAsync(harness, record));

        var posts = harness.Server.Journal.For("POST", route);
        Assert.Equal([503, 201], posts.Select(p => p.StatusCode));
        Assert.True(posts[1].ReceivedAt - posts[0].ReceivedAt >= TimeSpan.FromSeconds(20),
            $"sent again {posts[1].ReceivedAt - posts[0].ReceivedAt} after the 503, before its Retry-After of 20 s (the SDK's own back-off is 1 s)");
        Assert.Equal((CreationOutcome.Created, 2), result);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public async Task Resilience_CreationAttempts_bounds_the_POSTs_and_the_failure_says_calling_again_is_safe(string record)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store, configure: o => o.Resilience.CreationAttempts = 2);
        var route = RouteOf(harness, record);
        harness.Server.Faults.On("POST", route).Always().DropConnection();

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => harness.RunAsync(() => CreateAsync(harness, record)));

        Assert.True(error.IsTransient);
        Assert.Contains("not confirmed after 2 attempts and is not in the ERP", error.Message, StringComparison.Ordinal);
        Assert.Contains($"never creates the {record} twice", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Server.Journal.For("POST", route).Count);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public async Task A_record_the_ERP_already_holds_comes_back_as_AlreadyExisted(string record)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        await harness.RunAsync(() => CreateAsync(harness, record));

        var again = await harness.RunAsync(() => CreateAsync(harness, record));

        Assert.Equal((CreationOutcome.AlreadyExisted, 1), again);
    }

    [Fact]
    public void The_0x_setting_OrderCreationAttempts_in_configuration_fails_validation_and_says_where_it_moved()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BaseAddress"] = "https://erp.example.com.br:8543",
            ["OrderCreationAttempts"] = "10",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddTotvsEcommerce(configuration).Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<TotvsEcommerceOptions>>().Get(Options.DefaultName));

        Assert.Contains("Resilience:CreationAttempts", error.Message, StringComparison.Ordinal);
    }

    private static string RouteOf(SdkHarness harness, string record) => record == "order" ? harness.Server.Routes.Orders : harness.Server.Routes.Customers;

    private static async Task<(CreationOutcome Outcome, int Attempts)> CreateAsync(SdkHarness harness, string record)
    {
        if (record == "order")
        {
            var order = await harness.Client.Orders.CreateAsync(SalesSeed.Order());
            return (order.Outcome, order.Attempts);
        }

        var customer = await harness.Client.Customers.CreateAsync(SalesSeed.Customer());
        return (customer.Outcome, customer.Attempts);
    }
}
