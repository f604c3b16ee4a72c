using NodaTime;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

public sealed class LastUpdateTests
{
    [Fact]
    public async Task An_Instant_reaches_the_wire_as_Sao_Paulo_local_time_with_milliseconds()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"));
        var instant = Instant.FromUtc(2026, 3, 1, 10, 15, 0).Plus(Duration.FromMilliseconds(123));

        await harness.Client.Families.ListAsync(new FamilyListOptions { ChangedSince = instant });

        var request = Assert.Single(harness.Server.Journal.For("GET", harness.Server.Routes.Families));
        Assert.Equal("2026-03-01T07:15:00.123", request.QueryValue("lastUpdate"));
    }

    [Fact]
    public async Task The_server_time_zone_is_configurable()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"), configure: o => o.ServerTimeZone = "America/Manaus");

        await harness.Client.Families.ListAsync(new FamilyListOptions { ChangedSince = Instant.FromUtc(2026, 3, 1, 10, 15, 0) });

        Assert.Equal("2026-03-01T06:15:00.000", harness.Server.Journal.Entries.Single().QueryValue("lastUpdate"));
    }

    [Theory]
    [InlineData("2026-03-01T07:15:00-03:00")]
    [InlineData("2026-03-01T07:15:00.000-03:00")]
    [InlineData("2026-03-01T10:15:00Z")]
    [InlineData("2026-03-01T07:15:00")]
    public async Task Timestamps_are_read_with_or_without_offset_and_fraction(string wire)
    {
        var client = StubHandler.CreateClient(new StubHandler(_ => (200, $$"""{"categoryParentCode":"A","lastUpdate":"{{wire}}"}""")));

        var family = await client.Families.GetAsync("A");

        Assert.Equal(Instant.FromUtc(2026, 3, 1, 10, 15, 0), family.LastUpdate);
    }
}
