using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sync;

/// <summary>
/// <see cref="IncrementalPullOptions.PrefetchNextPage"/>: the next page comes while the current one is handled; the
/// records and the checkpoint are those of a pull without it; a failure while handling a page loses nothing.
/// </summary>
public sealed class IncrementalPullPrefetchTests
{
    [Fact]
    public async Task The_next_page_is_fetched_while_the_current_one_is_handled_and_the_records_are_the_same()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(12, seed: 1));
        var options = new ProductListOptions { StoreCode = "1", PageSize = 5 };
        var sequential = new List<string>();
        await new IncrementalPull(new InMemorySyncStore(), new IncrementalPullOptions { TimeProvider = harness.Clock })
            .RunAsync("products", harness.Client.Products, options, (page, _) => Add(sequential, page));
        var pageTwoArrived = PageArrival.Of(harness.Server, harness.Server.Routes.Products, 2);
        var prefetched = new List<string>();
        var arrivedWhileHandlingPageOne = false;

        var result = await new IncrementalPull(new InMemorySyncStore(), new IncrementalPullOptions { TimeProvider = harness.Clock, PrefetchNextPage = true })
            .RunAsync("products", harness.Client.Products, options, async (page, _) =>
            {
                if (prefetched.Count == 0)
                {
                    await pageTwoArrived.WaitAsync(TimeSpan.FromMinutes(1)); // a guard: page 2 is asked for while page 1 is handled
                    arrivedWhileHandlingPageOne = true;
                }

                prefetched.AddRange(page.Select(p => p.ItemCode.Value));
            });

        Assert.True(arrivedWhileHandlingPageOne);
        Assert.Equal(sequential, prefetched);
        Assert.Equal(3, result.Pages);
    }

    [Fact]
    public async Task A_failure_while_handling_a_page_keeps_the_checkpoint_and_the_next_run_resumes_there()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithGeneratedCatalog(12, seed: 1));
        var store = new InMemorySyncStore();
        var pull = new IncrementalPull(store, new IncrementalPullOptions { TimeProvider = harness.Clock, PrefetchNextPage = true });
        var options = new ProductListOptions { StoreCode = "1", PageSize = 5 };
        var received = new List<string>();
        var handled = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => pull.RunAsync("products", harness.Client.Products, options, (page, _) =>
            ++handled == 2 ? throw new InvalidOperationException("the store is down") : Add(received, page)));
        var resumed = await pull.RunAsync("products", harness.Client.Products, options, (page, _) => Add(received, page));

        Assert.True(resumed.Resumed);
        Assert.Equal(12, received.Count); // page 1 once, then pages 2 and 3 on the resumed run: nothing lost
        Assert.Equal(12, received.Distinct().Count()); // nothing twice
    }

    private static Task Add(List<string> received, IReadOnlyList<Product> page)
    {
        received.AddRange(page.Select(p => p.ItemCode.Value));
        return Task.CompletedTask;
    }
}
