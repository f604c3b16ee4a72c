using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>
/// <see cref="EcommerceListOptions.PrefetchPages"/>: the next page is fetched while the caller processes the current one,
/// never more than N pages ahead; records keep their order; a failure surfaces after the records before it; a caller
/// that stops early stops the fetching.
/// </summary>
public sealed class PrefetchTests
{
    [Fact]
    public async Task The_next_page_is_fetched_while_the_caller_holds_the_current_one_and_never_more_than_N_ahead()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(12));
        var arrived = PageArrival.Of(harness.Server, harness.Server.Routes.Families, 2);

        await using var stream = harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 3, PrefetchPages = 1 }).GetAsyncEnumerator();
        Assert.True(await stream.MoveNextAsync()); // the first record of page 1, held
        await arrived.WaitAsync(TimeSpan.FromMinutes(1)); // a guard: page 2 is asked for while page 1 is held
        var requested = Pages(harness);

        Assert.Contains("1", requested);
        Assert.DoesNotContain("3", requested); // page 3 waits for a place: at most one page ahead (page 2's arrival is awaited above)
    }

    [Fact]
    public async Task Records_arrive_in_order_with_any_prefetch()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(25));
        var sequential = await harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 4, PrefetchPages = 0 }).Select(f => f.Code).ToListAsync();

        var prefetched = await harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 4, PrefetchPages = 4 }).Select(f => f.Code).ToListAsync();

        Assert.Equal(25, sequential.Count);
        Assert.Equal(sequential, prefetched);
    }

    [Fact]
    public async Task A_failure_of_a_prefetched_page_surfaces_after_the_records_before_it()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(12));
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).When(r => r.QueryValue("page") == "3").RespondWithError(400, "57382", "refused");
        var read = new List<string>();

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(async () =>
        {
            await foreach (var family in harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 3, PrefetchPages = 2 }))
            {
                read.Add(family.Code);
            }
        });

        Assert.Equal(6, read.Count); // pages 1 and 2, whole, before the failure of page 3
        Assert.Equal("57382", error.Error?.Code);
    }

    [Fact]
    public async Task A_caller_that_stops_early_stops_the_fetching()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(30));
        var stream = harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 3, PrefetchPages = 3 }).GetAsyncEnumerator();
        Assert.True(await stream.MoveNextAsync());

        await stream.DisposeAsync(); // waits for the fetching to stop
        var afterStop = Pages(harness).Count;
        await harness.Client.Families.ListAsync(new FamilyListOptions { PageSize = 3 });

        Assert.InRange(afterStop, 1, 4); // the page read and at most three ahead
        Assert.Equal(afterStop + 1, Pages(harness).Count); // nothing kept fetching after the caller stopped
    }

    [Fact]
    public void A_prefetch_out_of_range_is_refused_with_the_range()
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => throw new InvalidOperationException("Nothing should be sent.")));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => client.Families.ListAllAsync(new FamilyListOptions { PrefetchPages = 17 }));

        Assert.Contains("between 0 and 16", error.Message, StringComparison.Ordinal);
    }

    private static List<string?> Pages(SdkHarness harness) =>
        harness.Server.Journal.For("GET", harness.Server.Routes.Families).Select(e => e.QueryValue("page")).ToList();
}
