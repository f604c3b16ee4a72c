using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Totvs.Ecommerce.Sdk.Sqlite;
using Totvs.Ecommerce.Sdk.Sync;

namespace Totvs.Ecommerce.Sdk.Tests.StatusPage;

/// <summary>The status page over plain HTTP: protection, anti-forgery, bad filters, paging.</summary>
public sealed class StatusPageHttpTests : IDisposable
{
    /// <summary>A folder of the test's own for SQLite files, deleted after it.</summary>
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("totvs-status-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task The_page_requires_an_authenticated_user_and_the_apps_policy()
    {
        var seed = await StatusPageSeed.CreateAsync();
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store, access: page => page.RequireAuthorization("Operators"));
        using var http = new HttpClient();

        var anonymous = await http.GetAsync(host.Page);
        var viewer = await SendAsync(http, HttpMethod.Get, host.Page, "ana:viewer");
        var operatorPage = await SendAsync(http, HttpMethod.Get, host.Page, "ana:operator");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, operatorPage.StatusCode);
        Assert.Equal("no-store", operatorPage.Headers.CacheControl?.ToString());
        Assert.Contains("default-src 'none'", operatorPage.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Portuguese_page_names_every_kind_and_the_health_line_in_Portuguese_and_an_English_one_in_English()
    {
        var seed = await StatusPageSeed.CreateAsync();
        await seed.Ledger("vendas").AddAsync(["VENDA-0001"]);
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store, options => options.NameKind("vendas", "Vendas", "Sales"));
        using var http = new HttpClient();

        var portuguese = await (await SendAsync(http, HttpMethod.Get, host.Page, "ana:operator")).Content.ReadAsStringAsync();
        var english = await (await SendAsync(http, HttpMethod.Get, new Uri(host.Page + "?lang=en"), "ana:operator")).Content.ReadAsStringAsync();

        Assert.Contains("<tr><td>Pedidos</td>", portuguese, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Vendas</td>", portuguese, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr><td>orders</td>", portuguese, StringComparison.Ordinal);
        Assert.Matches("O Datasul respondeu em [0-9]+ ms\\.", portuguese);
        Assert.DoesNotContain("Datasul answered", portuguese, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Orders</td>", english, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Sales</td>", english, StringComparison.Ordinal);
        Assert.Matches("Datasul answered in [0-9]+ ms\\.", english);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)] // the app chose nothing: an authenticated user
    [InlineData("Everyone", HttpStatusCode.OK)] // the app's own policy decides alone (e.g. loopback or an operator)
    public async Task Without_a_choice_the_page_needs_an_authenticated_user_and_the_apps_policy_replaces_that(string? policy, HttpStatusCode anonymousAnswer)
    {
        var seed = await StatusPageSeed.CreateAsync();
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store, access: page =>
        {
            if (policy is not null)
            {
                page.RequireAuthorization(policy);
            }
        });
        using var http = new HttpClient();

        var anonymous = await http.GetAsync(host.Page);
        var viewer = await SendAsync(http, HttpMethod.Get, host.Page, "ana:viewer");

        Assert.Equal(anonymousAnswer, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viewer.StatusCode);
    }

    [Fact]
    public async Task An_action_without_the_anti_forgery_token_is_refused_and_changes_nothing()
    {
        var seed = await StatusPageSeed.CreateAsync();
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store);
        using var http = new HttpClient();

        var forged = await http.PostAsync(new Uri(host.Page + "/give-up"), new FormUrlEncodedContent([new("kind", "orders"), new("key", "V-1002")]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("anti-forgery", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DocumentSyncState.Problem, (await seed.Ledger("orders").FindAsync("V-1002"))!.State);
    }

    [Fact]
    public async Task Sync_again_without_a_sender_makes_the_document_due_and_the_connectors_next_run_sends_it()
    {
        var seed = await StatusPageSeed.CreateAsync();
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true });
        var token = AntiforgeryToken(await http.GetStringAsync(host.Page));

        var answer = await http.PostAsync(new Uri(host.Page + "/retry"), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("kind", "orders"), new("key", "V-1002"), new("return", "https://evil.example/?state=problem")]));
        var due = (await seed.Ledger("orders").FindAsync("V-1002"))!;
        seed.Harness.Server.AddCarrier("jadlog-x", 13, "JADLOG");
        var run = await seed.Ledger("orders").ProcessDueAsync((key, ct) => seed.SendAsync(key, ct));

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        Assert.StartsWith("/ops/status?", answer.Headers.Location!.OriginalString, StringComparison.Ordinal); // the page's own address, whatever the form said
        Assert.Contains("notice=queued", answer.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Equal((DocumentSyncState.Problem, seed.Now), (due.State, due.NextAttemptAt!.Value)); // due now
        Assert.Equal(1, run.Synced);
        Assert.Equal(DocumentSyncState.Synced, (await seed.Ledger("orders").FindAsync("V-1002"))!.State);
    }

    [Theory]
    [InlineData("?from=29/11/2026", "'from' filter '29/11/2026' is not a date: use yyyy-MM-dd")]
    [InlineData("?state=broken", "'state' filter 'broken' is unknown")]
    [InlineData("?page=0", "'page' '0' is not a page number")]
    public async Task A_malformed_filter_is_an_error_that_names_it_never_an_empty_list(string query, string message)
    {
        var seed = await StatusPageSeed.CreateAsync();
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store);
        using var http = new HttpClient();

        var answer = await http.GetAsync(new Uri(host.Page + query));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(message, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_thousand_documents_in_SQLite_are_listed_a_page_at_a_time_with_their_total()
    {
        var seed = await StatusPageSeed.CreateAsync();
        var store = new SqliteSyncStore(Path.Combine(folder.FullName, "state.db"));
        await store.AddPendingAsync("orders", Enumerable.Range(0, 10_000).Select(i => $"V-{i:D5}").ToList(), seed.Now - Duration.FromDays(1), default);
        await using var host = await StatusPageHost.StartAsync(seed.Harness, store);
        using var http = new HttpClient();

        var page = await http.GetStringAsync(new Uri(host.Page + "?page=3"));

        Assert.Contains("Página 3 de 200 (10.000 documentos)", page, StringComparison.Ordinal);
        Assert.Equal(50, page.Split("<tr data-kind=", StringSplitOptions.None).Length - 1);
        Assert.Contains("data-key=\"V-00100\"", page, StringComparison.Ordinal); // page 3 starts at the 101st (oldest change first among equals: by key)
        Assert.DoesNotContain("data-key=\"V-00150\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_that_cannot_be_read_is_a_503_that_says_so_never_an_empty_list()
    {
        var seed = await StatusPageSeed.CreateAsync();
        var path = Path.Combine(folder.FullName, "state.db");
        await File.WriteAllTextAsync(path, "this is not a SQLite database, as after a disk fault"); // the connector's state is broken
        await using var host = await StatusPageHost.StartAsync(seed.Harness, new SqliteSyncStore(path));
        using var http = new HttpClient();

        var answer = await http.GetAsync(host.Page);
        var page = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Contains("O estado do conector não pôde ser lido", page, StringComparison.Ordinal);
        Assert.Contains("SqliteException", page, StringComparison.Ordinal);
        Assert.DoesNotContain("document-list", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Nenhum documento", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_and_messages_are_shown_as_text_never_as_markup()
    {
        var seed = await StatusPageSeed.CreateAsync();
        await seed.AddStatusAsync(new DocumentSyncStatus
        {
            Kind = "orders", DocumentKey = "<script>alert('key')</script>", State = DocumentSyncState.Problem, Attempts = 1, ErrorCode = "<b>X</b>",
            Description = "\"><img src=x onerror=alert('message')>", CreatedAt = seed.Now, UpdatedAt = seed.Now,
        });
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store);
        using var http = new HttpClient();

        var page = await http.GetStringAsync(new Uri(host.Page + "?doc=%3Cscript%3Ealert(1)%3C/script%3E&notice=synced"));

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>X</b>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;key&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_the_page_without_registering_it_says_what_to_call()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddTotvsSyncStore(new InMemorySyncStore());
        using var app = (IDisposable)builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => ((WebApplication)app).MapTotvsStatusPage());

        Assert.Contains("services.AddTotvsStatusPage()", error.Message, StringComparison.Ordinal);
    }

    private static string AntiforgeryToken(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, Uri address, string user)
    {
        var request = new HttpRequestMessage(method, address);
        request.Headers.Add(StatusPageHost.OperatorHeader, user);
        return http.SendAsync(request);
    }
}
