using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>
/// <see cref="EcommerceListOptions.ParallelPages"/>: after the first page, up to N pages are asked for at once; records
/// arrive in order; pages past the end are thrown away; a failure surfaces after the records before it; a list that
/// announces its total is never read past it.
/// </summary>
public sealed class ParallelPagesTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task After_the_first_page_four_pages_are_asked_for_at_once_and_no_fifth_until_the_caller_takes_one()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(30));
        var route = harness.Server.Routes.Families;
        var arrivals = Enumerable.Range(1, 6).Select(page => PageArrival.Of(harness.Server, route, page)).ToArray();
        harness.Server.Faults.On("GET", route).Always().Delay(TimeSpan.FromMilliseconds(200)); // each page takes 200 ms on the fake clock
        await using var stream = harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 3, ParallelPages = 4, PrefetchPages = 0 }).GetAsyncEnumerator();

        var first = stream.MoveNextAsync().AsTask();
        await arrivals[0].WaitAsync(Guard);
        var secondBeforeFirstAnswered = arrivals[1].IsCompleted;
        harness.Clock.Advance(TimeSpan.FromMilliseconds(200)); // page 1 is answered; pages 2 to 5 are asked for together
        await Task.WhenAll(arrivals[1..5]).WaitAsync(Guard); // all four arrive before any of them is answered
        var sixthWhileFourInFlight = arrivals[5].IsCompleted;
        Assert.True(await first.WaitAsync(Guard));

        Assert.False(secondBeforeFirstAnswered); // the first page is read alone
        Assert.False(sixthWhileFourInFlight); // four places, all taken
    }

    [Theory]
    [InlineData(25, 4, 4, 0)]
    [InlineData(24, 4, 3, 1)]
    [InlineData(24, 4, 8, 2)]
    [InlineData(3, 4, 4, 0)]
    [InlineData(0, 4, 4, 0)]
    public async Task Records_arrive_in_order_as_read_one_page_at_a_time(int families, int pageSize, int parallel, int prefetch)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(families));
        var sequential = await harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = pageSize, PrefetchPages = 0 }).Select(f => f.Code).ToListAsync();

        var parallelRead = await harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = pageSize, ParallelPages = parallel, PrefetchPages = prefetch })
            .Select(f => f.Code).ToListAsync();

        Assert.Equal(families, sequential.Count);
        Assert.Equal(sequential, parallelRead);
    }

    [Fact]
    public async Task Pages_past_the_end_are_thrown_away_even_when_the_server_refuses_them()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(12));
        var route = harness.Server.Routes.Families;
        var pastTheEnd = PageArrival.Of(harness.Server, route, 5);
        harness.Server.Faults.On("GET", route).Always().When(r => r.QueryValue("page") == "4").Delay(TimeSpan.FromMilliseconds(200)); // the last page is slow
        harness.Server.Faults.On("GET", route).Always().When(r => Page(r.QueryValue("page")) > 4).RespondWithError(400, "PAGE_OUT_OF_RANGE", "no such page");

        var reading = harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 3, ParallelPages = 4 }).Select(f => f.Code).ToListAsync().AsTask();
        await pastTheEnd.WaitAsync(Guard); // asked for while the last page is still on its way
        harness.Clock.Advance(TimeSpan.FromMilliseconds(200));
        var codes = await reading.WaitAsync(Guard);

        Assert.Equal(12, codes.Distinct().Count());
        var asked = Pages(harness, route);
        Assert.Equal(Enumerable.Range(1, 4), asked.Where(p => p <= 4).Order()); // every page once
        Assert.InRange(asked.Count(p => p > 4), 1, 3); // at most ParallelPages - 1 past the end
    }

    [Fact]
    public async Task A_failure_of_a_page_read_in_parallel_surfaces_after_the_records_before_it()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(30));
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).When(r => r.QueryValue("page") == "3").RespondWithError(400, "57382", "refused");
        var read = new List<string>();

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(async () =>
        {
            await foreach (var family in harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 3, ParallelPages = 4 }))
            {
                read.Add(family.Code);
            }
        });

        Assert.Equal(6, read.Count); // pages 1 and 2, whole, before the failure of page 3
        Assert.Equal("57382", error.Error?.Code);
    }

    [Fact]
    public async Task A_list_that_announces_its_total_is_never_read_past_it()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        for (var i = 1; i <= 5; i++)
        {
            await harness.Client.Orders.CreateAsync(SalesSeed.Order($"V-{i}"));
        }

        var route = harness.Server.Routes.Orders;
        var lastArrived = PageArrival.Of(harness.Server, route, 3);
        harness.Server.Faults.On("GET", route).Always().When(r => Page(r.QueryValue("page")) > 1).Delay(TimeSpan.FromMilliseconds(200)); // time to guess ahead

        var reading = harness.Client.Orders.ListAllAsync(new OrderListOptions { StoreCode = "1", PageSize = 2, IncludeTotalCount = true, ParallelPages = 8 })
            .Select(o => o.CustomerOrderId).ToListAsync().AsTask();
        await lastArrived.WaitAsync(Guard);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(200));
        var orders = await reading.WaitAsync(Guard);

        Assert.Equal(5, orders.Distinct().Count());
        Assert.Equal([1, 2, 3], Pages(harness, route).Order()); // totalHits=5 in pages of 2: nothing past page 3
    }

    [Fact]
    public async Task A_caller_that_stops_early_stops_the_requests()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(60));
        var route = harness.Server.Routes.Families;
        var stream = harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 3, ParallelPages = 4 }).GetAsyncEnumerator();
        Assert.True(await stream.MoveNextAsync());

        await stream.DisposeAsync(); // waits for what was in flight
        var afterStop = Pages(harness, route).Count;
        await harness.Client.Families.ListAsync(new FamilyListOptions { PageSize = 3 });

        Assert.InRange(afterStop, 1, 5); // the page read and at most four ahead
        Assert.Equal(afterStop + 1, Pages(harness, route).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void A_parallelism_out_of_range_is_refused_with_the_range(int parallel)
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => throw new InvalidOperationException("Nothing should be sent.")));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => client.Families.ListAllAsync(new FamilyListOptions { ParallelPages = parallel }));

        Assert.Contains("between 1 and 16", error.Message, StringComparison.Ordinal);
    }

    private static List<int> Pages(SdkHarness harness, string route) =>
        harness.Server.Journal.For("GET", route).Select(e => Page(e.QueryValue("page"))).ToList();

    private static int Page(string? query) => int.Parse(query ?? "1", System.Globalization.CultureInfo.InvariantCulture);
}
