using System.Text;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Serialization;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

public sealed class PagingTests
{
    [Fact]
    public async Task ListAllAsync_asks_for_the_next_page_only_after_the_current_one_is_read()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(7));
        var journal = harness.Server.Journal;
        int PagesRequested() => journal.For("GET", harness.Server.Routes.Families).Count;

        await using var stream = harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 3 }).GetAsyncEnumerator();
        var requestedWhileReading = new List<int>();
        while (await stream.MoveNextAsync())
        {
            requestedWhileReading.Add(PagesRequested());
        }

        // Records 1-3 come from page 1, 4-6 from page 2, 7 from page 3: each page is asked for when its first record is needed.
        Assert.Equal([1, 1, 1, 2, 2, 2, 3], requestedWhileReading);
        Assert.Equal(["1", "2", "3"], journal.For("GET", harness.Server.Routes.Families).Select(e => e.QueryValue("page")));
    }

    [Fact]
    public void PageReader_reads_the_ecommerce_envelope()
    {
        var json = """{"hasNext":true,"items":[{"categoryParentCode":"A"},{"categoryParentCode":"B"}],"unknown":{"x":[1,2]}}""";

        var page = Read(json, pageNumber: 2, pageSize: 2);

        Assert.Equal(["A", "B"], page.Items.Select(f => f.Code));
        Assert.True(page.HasNext);
        Assert.Equal(2, page.PageNumber);
        Assert.Null(page.TotalCount);
    }

    [Theory]
    [InlineData("Orders", "\"123\"")]
    [InlineData("Customers", "123")]
    public void PageReader_reads_the_standard_message_envelope_with_totalHits(string arrayName, string totalHits)
    {
        var json = $$"""{"totalHits":{{totalHits}},"{{arrayName}}":[{"categoryParentCode":"A"}],"hasNext":false}""";

        var page = Read(json, pageNumber: 1, pageSize: 20);

        Assert.Equal("A", Assert.Single(page.Items).Code);
        Assert.Equal(123, page.TotalCount);
        Assert.False(page.HasNext);
    }

    [Fact]
    public async Task A_404_on_a_list_is_an_empty_last_page()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1"));
        harness.Server.Faults.On("GET", harness.Server.Routes.Families).RespondWithError(404, "NOT_FOUND", "Nenhum registro encontrado.");

        var page = await harness.Client.Families.ListAsync();

        Assert.Empty(page.Items);
        Assert.False(page.HasNext);
    }

    [Fact]
    public async Task ListAllAsync_stops_with_a_clear_error_when_the_server_pages_forever_with_empty_pages()
    {
        var handler = new StubHandler(_ => (200, """{"hasNext":true,"items":[]}"""));
        var client = StubHandler.CreateClient(handler);

        var error = await Assert.ThrowsAsync<TotvsApiException>(async () =>
        {
            await foreach (var family in client.Families.ListAllAsync())
            {
                Assert.Fail($"No record expected, got {family.Code}.");
            }
        });

        Assert.Contains("hasNext=true", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Calls);
    }

    private static Page<Family> Read(string json, int pageNumber, int pageSize)
    {
        var request = new PageRequest("families", pageNumber, pageSize, null, null);
        var result = PageReader.Read(Encoding.UTF8.GetBytes(json), TotvsJsonContext.Default.Family, TotvsJsonContext.Default.ListFamily, FamilyRules.Instance, request);
        Assert.Null(result.StoppedAt);
        return result.Page;
    }
}
