using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>One base a caller can catch for every SDK failure, each pointing to the published list of codes.</summary>
public sealed class ExceptionHierarchyTests
{
    [Fact]
    public async Task A_local_refusal_a_Datasul_rejection_and_a_lost_race_are_all_caught_as_TotvsException_with_a_published_help_link()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);
        var store = new InMemorySyncStore();
        await store.SaveAsync("pull", new SyncCheckpoint(), 0, default);

        var refused = await Assert.ThrowsAnyAsync<TotvsException>(() => harness.Client.Orders.CreateAsync(SalesSeed.Order() with { OrderItems = [] }));
        var rejected = await Assert.ThrowsAnyAsync<TotvsException>(() => harness.Client.Orders.CreateAsync(SalesSeed.Order() with { CarrierEcommerceId = "jadlog-x" }));
        var lostRace = await Assert.ThrowsAnyAsync<TotvsException>(() => store.SaveAsync("pull", new SyncCheckpoint(), 0, default));

        Assert.IsType<TotvsValidationException>(refused); // no longer an ArgumentException: `catch (TotvsException)` sees it
        Assert.IsType<TotvsBusinessRuleException>(rejected);
        Assert.IsType<SyncConflictException>(lostRace);
        Assert.All(new[] { refused, rejected, lostRace }, e => Assert.Equal(TotvsException.ErrorCodesHelpLink, e.HelpLink));
        Assert.StartsWith("https://", TotvsException.ErrorCodesHelpLink, StringComparison.Ordinal);
        Assert.Contains(TotvsException.ErrorCodesHelpLink, rejected.Message, StringComparison.Ordinal); // not a repository path a NuGet user lacks
    }
}
