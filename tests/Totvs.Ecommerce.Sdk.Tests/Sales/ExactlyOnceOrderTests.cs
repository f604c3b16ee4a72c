using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>A failed order is never silently dropped nor created twice.</summary>
public sealed class ExactlyOnceOrderTests
{
    [Fact]
    public async Task A_thousand_orders_under_lost_answers_and_failures_end_as_exactly_a_thousand_orders()
    {
        // At a 30% failure rate the default circuit breaker (10%) would open: this test is about exactly-once, not the breaker.
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store, resilience: o => o.CircuitBreaker.FailureRatio = 0.9);
        var route = harness.Server.Routes.Orders;
        // 10% fail before the ERP commits anything; of the rest, about 20% are committed and then lose their answer.
        harness.Server.Faults.On("POST", route).Always().AtRate(0.10, seed: 1).RespondWithStatus(503);
        harness.Server.Faults.On("POST", route).Always().AtRate(0.22, seed: 2).LoseAnswerAfterCommit();

        var results = new List<CreationResult<Order>>();
        for (var i = 1; i <= 1000; i++)
        {
            var order = SalesSeed.Order($"V-{i:D5}");
            results.Add(await harness.RunAsync(() => harness.Client.Orders.CreateAsync(order)));
        }

        var orders = harness.Server.Orders;
        var posts = harness.Server.Journal.For("POST", route);
        Assert.Equal(1000, orders.Count);
        Assert.Equal(1000, orders.Select(o => o.CustomerOrderId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => $"V-{i:D5}"), orders.Select(o => o.CustomerOrderId).Order());
        Assert.All(results, r => Assert.Equal(CreationOutcome.Created, r.Outcome));
        Assert.InRange(posts.Count(e => e.Fault == "status 503"), 70, 140);
        Assert.InRange(posts.Count(e => e.Fault == "answer lost after commit"), 140, 260);
        Assert.True(results.Count(r => r.Attempts > 1) > 50, "Some orders must have needed more than one attempt.");
    }

    [Fact]
    public async Task Two_store_orders_whose_customer_order_numbers_collide_are_never_merged()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var first = SalesSeed.Order("V-1001") with { EcommerceOrderId = "1234567890-01" };
        var second = first with { EcommerceOrderId = "9876543210-01" }; // another store order, same derived CustomerOrderId
        await harness.Client.Orders.CreateAsync(first);

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Orders.CreateAsync(second));
        var again = await harness.Client.Orders.CreateAsync(first); // the same store order is still "already there"

        Assert.Equal(TotvsErrorCodes.OrderKeyCollision, error.Code);
        Assert.Contains("'9876543210-01'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'1234567890-01'", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient); // a retry would collide again: the connector must give it another number
        Assert.Equal(CreationOutcome.AlreadyExisted, again.Outcome);
        Assert.Single(harness.Server.Orders);
    }

    [Fact]
    public async Task When_every_attempt_fails_the_order_is_reported_as_not_created_and_is_not_in_the_ERP()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store, configure: o => o.Resilience.CreationAttempts = 3);
        harness.Server.Faults.On("POST", harness.Server.Routes.Orders).Always().DropConnection();

        var error = await Assert.ThrowsAsync<TotvsApiException>(() => harness.RunAsync(() => harness.Client.Orders.CreateAsync(SalesSeed.Order())));

        Assert.True(error.IsTransient);
        Assert.Contains("not in the ERP", error.Message, StringComparison.Ordinal);
        Assert.Contains("again", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Orders);
        Assert.Equal(3, harness.Server.Journal.For("POST", harness.Server.Routes.Orders).Count);
    }

    [Fact]
    public async Task A_lost_answer_after_commit_is_recovered_by_the_natural_key_without_a_second_POST()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        harness.Server.Faults.On("POST", harness.Server.Routes.Orders).LoseAnswerAfterCommit();

        var result = await harness.RunAsync(() => harness.Client.Orders.CreateAsync(SalesSeed.Order()));

        Assert.Equal(CreationOutcome.Created, result.Outcome);
        Assert.Single(harness.Server.Orders);
        Assert.Single(harness.Server.Journal.For("POST", harness.Server.Routes.Orders));
    }
}
