using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Http;
using Totvs.Ecommerce.Sdk.Serialization;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

public sealed class PagingTests
{
    [Fact]
    public async Task Without_prefetch_ListAllAsync_asks_for_the_next_page_only_after_the_current_one_is_read()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(7));
        var journal = harness.Server.Journal;
        int PagesRequested() => journal.For("GET", harness.Server.Routes.Families).Count;

        await using var stream = harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 3, PrefetchPages = 0 }).GetAsyncEnumerator();
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
    public async Task ListAllAsync_lets_go_of_a_record_once_it_has_handed_it_over()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: server => server.AddStore("1").WithFamilies(3));
        // One request at a time, on this thread: no fetching ahead whose threads a collection could meet mid-page (the
        // letting go is the same code with any PrefetchPages).
        await using var stream = harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 3, PrefetchPages = 0 }).GetAsyncEnumerator();

        var first = await ReadOneAsWeakReferenceAsync(stream);
        Assert.True(await stream.MoveNextAsync());
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // The rest of the page is still held (the caller has not read it), but not the record already read.
        Assert.False(first.IsAlive, "The stream still holds the first record of the page after handing it over.");
        Assert.NotNull(stream.Current);
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

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"true\"", true)]
    [InlineData("\"False\"", false)]
    [InlineData("null", false)]
    public void PageReader_reads_hasNext_in_every_spelling_Datasul_uses(string hasNext, bool expected)
    {
        // Read whole when every record reads, and record by record when one does not: both give the same flag.
        var whole = Read($$"""{"hasNext":{{hasNext}},"items":[{"categoryParentCode":"A"}]}""", pageNumber: 1, pageSize: 2);
        var recordByRecord = Read(
            $$"""{"hasNext":{{hasNext}},"items":[{"categoryParentCode":"A"},{"categoryParentCode":7}]}""", pageNumber: 1, pageSize: 2, skipInvalid: true);

        Assert.Equal(expected, whole.HasNext);
        Assert.Equal(expected, recordByRecord.HasNext);
        Assert.Equal("A", Assert.Single(recordByRecord.Items).Code);
        Assert.Equal(2, Assert.Single(recordByRecord.SkippedRecords).Position);
    }

    [Fact]
    public void PageReader_refuses_a_hasNext_that_is_not_a_flag_and_names_it()
    {
        var error = Assert.Throws<JsonException>(() => Read("""{"hasNext":"maybe","items":[]}""", pageNumber: 1, pageSize: 2));

        Assert.Contains("maybe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PageReader_keeps_the_order_of_valid_records_around_one_that_breaks_a_rule()
    {
        var json = """{"hasNext":false,"items":[{"categoryParentCode":"A"},{"categoryParentCode":" "},{"categoryParentCode":"C"}]}""";

        var page = Read(json, pageNumber: 3, pageSize: 3, skipInvalid: true);

        Assert.Equal(["A", "C"], page.Items.Select(f => f.Code));
        var skipped = Assert.Single(page.SkippedRecords);
        Assert.Equal((3, 2), (skipped.PageNumber, skipped.Position));
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

    // In a method of its own so that no slot of the test's own frame holds the record (Debug builds keep them all).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> ReadOneAsWeakReferenceAsync(IAsyncEnumerator<Family> stream)
    {
        Assert.True(await stream.MoveNextAsync());
        return new WeakReference(stream.Current);
    }

    private static Page<Family> Read(string json, int pageNumber, int pageSize, bool skipInvalid = false)
    {
        var request = new PageRequest("families", pageNumber, pageSize, null, skipInvalid ? _ => InvalidRecordAction.Skip : null);
        var result = PageReader.Read(Encoding.UTF8.GetBytes(json), TotvsJsonContext.Default.Family, TotvsJsonContext.Default.FamilyPage, FamilyRules.Instance, request);
        Assert.Null(result.StoppedAt);
        return result.Page;
    }
}
