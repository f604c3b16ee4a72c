using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Http;

/// <summary>
/// Response metadata for those who want it: each page carries what Datasul answered; a capture collects it for calls
/// that return a record; streams give their pages and resume from one.
/// </summary>
public sealed class ResponseMetadataTests
{
    [Fact]
    public async Task A_page_carries_its_status_route_request_id_and_retry_after_but_never_a_cookie()
    {
        var server = new FakeDatasulServer();
        server.AddStore("1").WithFamily("FER", "Ferramentas");
        var options = new TotvsEcommerceOptions();
        server.ApplyClientOptions(options);
        var client = new TotvsEcommerceClient(new HttpClient(new ProxyHeaders { InnerHandler = server.CreateHandler() }), options);

        var page = await client.Families.ListAsync();

        var response = Assert.IsType<TotvsResponse>(page.Response);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("GET", response.Method);
        Assert.Equal(server.Routes.Families, response.Route);
        Assert.Equal("req-7f3a", response.RequestId);
        Assert.Equal(TimeSpan.FromSeconds(30), response.RetryAfter);
        Assert.Equal(1, response.Attempts);
        Assert.Null(response.GetHeader("Set-Cookie"));
        Assert.DoesNotContain("Set-Cookie", response.HeaderNames, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("JSESSIONID", response.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_capture_collects_the_responses_of_calls_that_return_a_record_and_nothing_is_kept_outside_one()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s => s.AddStore("1").WithFamily("FER", "Ferramentas"));
        await harness.Client.Families.GetAsync("FER"); // before any capture: nothing to collect it

        TotvsResponse? last;
        IReadOnlyList<TotvsResponse> all;
        using (var capture = TotvsResponseCapture.Start())
        {
            await harness.Client.Families.GetAsync("FER");
            await Assert.ThrowsAsync<TotvsApiException>(() => harness.Client.Families.GetAsync("NOPE"));
            last = capture.Last;
            all = capture.Responses;
        }

        await harness.Client.Families.GetAsync("FER"); // after it: not added
        Assert.Equal([200, 404], all.Select(r => r.StatusCode));
        Assert.Same(all[^1], last);
        Assert.All(all, r => Assert.Equal(harness.Server.Routes.Families, r.Route)); // the route, never the key
        Assert.Null(TotvsResponseCapture.Current);
    }

    [Fact]
    public async Task A_stream_gives_its_pages_and_resumes_from_the_page_asked_for()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: s =>
        {
            var store = s.AddStore("1");
            foreach (var code in new[] { "A01", "A02", "A03", "A04", "A05" })
            {
                store.WithFamily(code, $"Família {code}");
            }
        });
        var stream = harness.Client.Families.ListAllAsync(new FamilyListOptions { PageSize = 2, OrderBy = ["categoryParentCode"] });

        var pages = await stream.AsPages(fromPage: 2).ToListAsync();
        var records = await stream.ToListAsync();

        Assert.Equal([2, 3], pages.Select(p => p.PageNumber));
        Assert.Equal(["A03", "A04", "A05"], pages.SelectMany(p => p.Items).Select(f => f.Code));
        Assert.All(pages, p => Assert.Equal(200, p.Response?.StatusCode));
        Assert.Equal(5, records.Count); // the stream itself starts where the options say (page 1)
        var requested = harness.Server.Journal.For("GET", harness.Server.Routes.Families).Select(e => e.QueryValue("page"));
        Assert.Equal(["2", "3", "1", "2", "3"], requested);
    }

    [Fact]
    public async Task A_consumer_mocks_a_stream_from_pages_it_built()
    {
        var first = new Page<string>(["a", "b"], hasNext: true, pageNumber: 1, pageSize: 2);
        var second = new Page<string>(["c"], hasNext: false, pageNumber: 2, pageSize: 2) { Response = new TotvsResponse(200, "GET", "x") };
        var stream = RecordStream<string>.FromPages([first, second]);

        Assert.Equal(["a", "b", "c"], await stream.ToListAsync());
        Assert.Equal(["c"], (await stream.AsPages(2).ToListAsync()).SelectMany(p => p.Items));
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.AsPages(0));
    }

    /// <summary>What a proxy in front of Datasul adds: a request id, a Retry-After, a session cookie.</summary>
    private sealed class ProxyHeaders : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            response.Headers.TryAddWithoutValidation("X-Request-Id", "req-7f3a");
            response.Headers.TryAddWithoutValidation("Retry-After", "30");
            response.Headers.TryAddWithoutValidation("Set-Cookie", "JSESSIONID=s3cr3t; HttpOnly");
            return response;
        }
    }
}
