using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.TestData;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Pacing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>
/// <see cref="OrdersClient.CreateManyAsync"/>: at most K orders in flight, each created exactly once, one outcome per
/// order, a refusal that stops nothing else, fewer in flight when the ERP pushes back.
/// </summary>
public sealed class OrderBatchTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task K_orders_go_at_once_never_more_and_each_is_created_exactly_once()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: OrderLoad.Store);
        var route = harness.Server.Routes.Orders;
        var fourArrived = OrderLoad.Arrivals(harness.Server, route, 4);
        harness.Server.Faults.On("POST", route).Always().Delay(TimeSpan.FromSeconds(1)); // nothing answers until the clock moves
        var orders = Orders(40);

        var batch = harness.Client.Orders.CreateManyAsync(orders, new OrderBatchOptions { MaxConcurrency = 4, InitialConcurrency = 4 }).ToListAsync().AsTask();
        await fourArrived.WaitAsync(Guard); // four in flight together
        var outcomes = await harness.RunAsync(() => batch);

        Assert.Equal(4, harness.Server.PeakConcurrentRequests); // and never a fifth
        Assert.Equal(Enumerable.Range(0, 40), outcomes.Select(o => o.Index).Order());
        Assert.All(outcomes, o => Assert.Equal(CreationOutcome.Created, o.Result?.Outcome));
        Assert.Equal(40, harness.Server.Orders.Select(o => o.CustomerOrderId).Distinct().Count());
        Assert.Equal(40, harness.Server.Orders.Count);
        Assert.Equal(40, harness.Server.Journal.For("POST", route).Count());
        Assert.All(outcomes, o => Assert.Same(orders[o.Index], o.Order));
    }

    [Fact]
    public async Task A_503_with_Retry_After_halves_the_limit_holds_new_orders_until_it_passed_and_loses_nothing()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: OrderLoad.Store);
        var route = harness.Server.Routes.Orders;
        harness.Server.Faults.On("POST", route).RespondWithStatus(503, TimeSpan.FromSeconds(3)); // the first order meets a busy ERP
        var started = harness.Clock.GetUtcNow();

        var outcomes = await harness.RunAsync(() =>
            harness.Client.Orders.CreateManyAsync(Orders(12), new OrderBatchOptions { MaxConcurrency = 4, InitialConcurrency = 4 }).ToListAsync().AsTask());

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Failure?.Message));
        Assert.Equal(12, harness.Server.Orders.Select(o => o.CustomerOrderId).Distinct().Count()); // the refused one too, once
        Assert.Equal(12, harness.Server.Orders.Count);
        Assert.Equal(2, outcomes.Min(o => o.ConcurrencyLimit)); // halved
        Assert.Equal(3, outcomes.Max(o => o.ConcurrencyLimit)); // grown back to just below where the ERP pushed back
        var posts = harness.Server.Journal.For("POST", route).ToList();
        Assert.Equal(503, posts[0].StatusCode);
        Assert.All(posts.Skip(4), p => Assert.True(p.ReceivedAt >= started + TimeSpan.FromSeconds(3), $"{p.Body?[..30]} sent before Retry-After passed"));
        var refusedAgain = posts.Where(p => p.Body == posts[0].Body).ToList();
        Assert.Equal(2, refusedAgain.Count); // sent again once, after the Retry-After (not the SDK's shorter back-off)
        Assert.True(refusedAgain[1].ReceivedAt >= started + TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Lost_answers_and_busy_refusals_at_random_leave_every_order_in_the_ERP_exactly_once()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: OrderLoad.Store);
        var route = harness.Server.Routes.Orders;
        harness.Server.Faults.On("POST", route).Always().AtRate(0.15, seed: 7).LoseAnswerAfterCommit(); // created, answer lost
        harness.Server.Faults.On("POST", route).Always().AtRate(0.10, seed: 11).RespondWithStatus(503, TimeSpan.FromSeconds(2));
        harness.Server.Faults.On("POST", route).Always().Delay(TimeSpan.FromMilliseconds(200));

        var outcomes = await harness.RunAsync(() =>
            harness.Client.Orders.CreateManyAsync(Orders(80), new OrderBatchOptions { MaxConcurrency = 6, InitialConcurrency = 6 }).ToListAsync().AsTask());

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Failure?.Message));
        Assert.Equal(Enumerable.Range(0, 80), outcomes.Select(o => o.Index).Order());
        Assert.Equal(80, harness.Server.Orders.Count);
        Assert.Equal(80, harness.Server.Orders.Select(o => o.CustomerOrderId).Distinct().Count());
        Assert.Contains(harness.Server.Journal.For("POST", route), e => e.StatusCode == 0); // answers were lost
        Assert.Contains(harness.Server.Journal.For("POST", route), e => e.StatusCode == 503); // and refused
        Assert.True(harness.Server.PeakConcurrentRequests <= 6);
    }

    [Fact]
    public async Task A_refused_order_is_an_outcome_with_its_reason_and_the_others_go_on()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: OrderLoad.Store);
        harness.Server.Faults.On("POST", harness.Server.Routes.Orders).When(r => r.Body.Contains("\"B000000004\"", StringComparison.Ordinal))
            .RespondWithError(400, "57382", "Cliente bloqueado"); // the fourth order, index 3
        var orders = Orders(6).ToList();
        orders[4] = orders[4] with { OrderItems = [] }; // invalid here: nothing is sent

        var outcomes = await harness.RunAsync(() => harness.Client.Orders.CreateManyAsync(orders).ToListAsync().AsTask());

        Assert.Equal(6, outcomes.Count);
        var refused = Assert.Single(outcomes, o => o.Index == 3);
        Assert.Equal("57382", Assert.IsType<TotvsBusinessRuleException>(refused.Failure).Error?.Code);
        Assert.Null(refused.Result);
        var invalid = Assert.IsType<TotvsValidationException>(Assert.Single(outcomes, o => o.Index == 4).Failure);
        Assert.DoesNotContain(orders[4].ShortName, invalid.Message, StringComparison.Ordinal); // the short name is often the CPF
        Assert.DoesNotContain(orders[4].ShortName, outcomes.Single(o => o.Index == 4).ToString(), StringComparison.Ordinal);
        Assert.Equal(4, outcomes.Count(o => o.Succeeded));
        Assert.Equal(4, harness.Server.Orders.Count);
        Assert.Equal(5, harness.Server.Journal.For("POST", harness.Server.Routes.Orders).Count());
    }

    [Fact]
    public async Task A_caller_that_stops_reading_starts_no_further_order_and_those_in_flight_finish()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: OrderLoad.Store);

        var first = await harness.RunAsync(async () =>
        {
            await foreach (var outcome in harness.Client.Orders.CreateManyAsync(Orders(50), new OrderBatchOptions { MaxConcurrency = 4, InitialConcurrency = 4 }))
            {
                return outcome;
            }

            return null;
        });

        Assert.NotNull(first);
        var created = harness.Server.Orders.Count;
        Assert.InRange(created, 1, (2 * 4) + 1); // the one read, at most four outcomes waiting and four in flight
        Assert.Equal(created, harness.Server.Journal.For("POST", harness.Server.Routes.Orders).Count()); // each finished: none left half-sent
    }

    [Fact]
    public async Task An_ERP_that_slows_down_gets_fewer_orders_at_once()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: OrderLoad.Store);
        var route = harness.Server.Routes.Orders;
        var posts = 0;
        harness.Server.Faults.On("POST", route).Always().When(_ => Interlocked.Increment(ref posts) > 20).Delay(TimeSpan.FromSeconds(2)); // from the 21st on
        harness.Server.Faults.On("POST", route).Always().Delay(TimeSpan.FromMilliseconds(200));

        var outcomes = await harness.RunAsync(() =>
            harness.Client.Orders.CreateManyAsync(Orders(40), new OrderBatchOptions { MaxConcurrency = 4, InitialConcurrency = 4 }).ToListAsync().AsTask());

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        var early = outcomes.Where(o => o.Index < 15).Max(o => o.ConcurrencyLimit);
        var late = outcomes.Where(o => o.Index >= 30).Max(o => o.ConcurrencyLimit);
        Assert.Equal(4, early);
        Assert.True(late < 4, $"the limit stayed at {late} while each order took ten times as long");
    }

    [Theory]
    [InlineData(0, 1, 0.5, 3, "MaxConcurrency")]
    [InlineData(65, 1, 0.5, 3, "MaxConcurrency")]
    [InlineData(4, 5, 0.5, 3, "InitialConcurrency")]
    [InlineData(4, 1, 1.0, 3, "DecreaseFactor")]
    [InlineData(4, 1, 0.5, 1.0, "SlowdownFactor")]
    public void A_setting_out_of_range_is_refused_by_name_before_anything_is_sent(int most, int initial, double decrease, double slowdown, string name)
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => throw new InvalidOperationException("Nothing should be sent.")));
        var options = new OrderBatchOptions { MaxConcurrency = most, InitialConcurrency = initial, DecreaseFactor = decrease, SlowdownFactor = slowdown };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => client.Orders.CreateManyAsync(Orders(1), options));

        Assert.Contains($"OrderBatchOptions.{name}", error.Message, StringComparison.Ordinal);
    }

    private static Order[] Orders(int count) => Enumerable.Range(1, count).Select(NumberedOrders.Number).ToArray();
}
