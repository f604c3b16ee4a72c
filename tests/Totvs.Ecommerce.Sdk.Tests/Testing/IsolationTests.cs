using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Testing;

public sealed class IsolationTests
{
    [Fact]
    public async Task Two_fake_servers_in_one_test_share_nothing()
    {
        await using var first = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithFamily("A", "Only in the first"));
        await using var second = await SdkHarness.CreateAsync(ClientTransport.Loopback, s => s.AddStore("1").WithFamily("B", "Only in the second"));
        first.Server.Faults.OnAnyRequest().Always().RespondWithStatus(418);

        var fromSecond = await second.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" });

        Assert.Equal("B", Assert.Single(fromSecond.Items).Code);
        Assert.Empty(first.Server.Journal.Entries);
        Assert.Single(second.Server.Journal.Entries);
    }
}
