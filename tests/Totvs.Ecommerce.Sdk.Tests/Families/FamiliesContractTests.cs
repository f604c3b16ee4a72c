using NodaTime;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Families;

/// <summary>apiBusinessFamilyPublic from the consumer's call to the fake server and back, in memory and over a socket.</summary>
public sealed class FamiliesContractTests
{
    public static TheoryData<ClientTransport> Transports => new() { ClientTransport.InMemory, ClientTransport.Loopback };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ListAsync_returns_only_the_families_linked_to_the_store(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, server =>
        {
            server.AddStore("1").WithFamily("FER", "Ferramentas").WithFamily("ELE", "Elétricos");
            server.AddStore("2").WithFamily("MOV", "Móveis");
        });

        var page = await harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "1" });

        Assert.Equal(["ELE", "FER"], page.Items.Select(f => f.Code));
        Assert.Equal("Elétricos", page.Items[0].Description);
        Assert.True(page.Items[0].IsActive);
        Assert.Equal(Instant.FromDateTimeOffset(SdkHarness.Start), page.Items[0].LastUpdate);
        Assert.False(page.HasNext);
        Assert.Equal(1, page.PageNumber);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task GetAsync_returns_the_family_and_a_404_names_the_route(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, server => server.AddStore("1").WithFamily("FER", "Ferramentas"));

        var family = await harness.Client.Families.GetAsync("FER", "1");
        var missing = await Assert.ThrowsAsync<TotvsApiException>(() => harness.Client.Families.GetAsync("NOPE", "1"));

        Assert.Equal("Ferramentas", family.Description);
        Assert.True(missing.IsNotFound);
        Assert.False(missing.IsTransient);
        Assert.Contains("GET cdp/v1/businessFamilyPublic/ecommerce/NOPE", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ListAllAsync_streams_every_page(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, server => server.AddStore("1").WithFamilies(45));

        var codes = new List<string>();
        await foreach (var family in harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 20 }))
        {
            codes.Add(family.Code);
        }

        Assert.Equal(Enumerable.Range(1, 45).Select(i => $"FAM{i:D4}"), codes);
        Assert.Equal(3, harness.Server.Journal.For("GET", harness.Server.Routes.Families).Count);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ChangedSince_returns_only_what_changed_at_or_after_it(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, server => server.AddStore("1").WithFamilies(5));
        var checkpoint = Instant.FromDateTimeOffset(harness.Clock.GetUtcNow()).Plus(Duration.FromMinutes(1));
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        harness.Server.UpsertFamily("FAM0003", "Renamed");

        var changed = await harness.Client.Families.ListAsync(new FamilyListOptions { ChangedSince = checkpoint });

        var family = Assert.Single(changed.Items);
        Assert.Equal("Renamed", family.Description);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Fields_and_OrderBy_reach_the_server(ClientTransport transport)
    {
        await using var harness = await SdkHarness.CreateAsync(transport, server =>
            server.AddStore("1").WithFamily("A", "Zebra").WithFamily("B", "Alpha").WithFamily("C", "Mango"));

        var page = await harness.Client.Families.ListAsync(new FamilyListOptions
        {
            Fields = [FamilyFields.Code, FamilyFields.Description],
            OrderBy = ["-" + FamilyFields.Description],
        });

        Assert.Equal(["Zebra", "Mango", "Alpha"], page.Items.Select(f => f.Description));
        Assert.All(page.Items, f => Assert.Null(f.LastUpdate));
        var request = Assert.Single(harness.Server.Journal.For("GET", harness.Server.Routes.Families));
        Assert.Equal("categoryParentCode,categoryErpDesc", request.QueryValue("fields"));
        Assert.Equal("-categoryErpDesc", request.QueryValue("order"));
    }

    [Fact]
    public async Task An_unknown_store_is_a_business_rejection_that_names_the_store()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"));

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(
            () => harness.Client.Families.ListAsync(new FamilyListOptions { StoreCode = "99" }));

        Assert.Equal(TotvsErrorCodes.StoreNotFound, error.Code);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_paging_arguments_are_refused_before_sending()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.Client.Families.ListAsync(new FamilyListOptions { Page = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.Client.Families.ListAsync(new FamilyListOptions { PageSize = 5000 }));
        Assert.Empty(harness.Server.Journal.Entries);
    }
}
