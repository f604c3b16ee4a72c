using OpenQA.Selenium;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.StatusPage;

/// <summary>The operator's status page in headless Chromium, against a connector's state made through the fake Datasul.</summary>
public sealed class StatusPageBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [BrowserFact]
    public async Task The_page_lists_each_document_with_its_icon_and_what_to_fix_in_Datasul()
    {
        var seed = await StatusPageSeed.CreateAsync();
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store);

        browser.Open(host.Page);

        Assert.Equal("Loja Acme — Status da integração", browser.Driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal(("synced", "Sincronizado"), IconOf("V-1001"));
        Assert.Equal(("problem", "Problema"), IconOf("V-1002"));
        Assert.Equal(("problem", "Problema"), IconOf("V-1003"));
        Assert.Equal(("pending", "Pendente"), IconOf("V-1004"));
        Assert.Equal(("given-up", "Desistido"), IconOf("V-1005"));
        Assert.Equal("CARRIER_NOT_MAPPED", Row("V-1002").FindElement(By.CssSelector("code.code")).Text);
        Assert.Contains("CD0402", Row("V-1002").FindElement(By.CssSelector("p.fix")).Text, StringComparison.Ordinal);
        Assert.Contains("PAYMENT_METHOD_NOT_REGISTERED", Row("V-1003").FindElement(By.CssSelector("code.code")).Text, StringComparison.Ordinal);
        Assert.Contains("regra de sugestão de natureza", Row("V-1006").FindElement(By.CssSelector("p.fix")).Text, StringComparison.Ordinal);
        Assert.Equal("3", Row("V-1006").FindElement(By.CssSelector("td.num")).Text); // attempts
        Assert.NotEmpty(Row("V-1006").FindElement(By.CssSelector("td.next")).Text); // the next attempt
        Assert.Equal("Pedido cancelado pelo cliente na loja", Row("V-1005").FindElement(By.CssSelector("p.description")).Text); // why it was given up, in view
        Assert.Empty(Row("V-1001").FindElements(By.CssSelector("form.retry"))); // nothing to do for a synced one
        Assert.Equal("1.200", browser.Driver.FindElement(By.CssSelector("tr[data-pull='products-store-1'] td.num")).Text);
        Assert.Contains("próxima página 7", browser.Driver.FindElement(By.CssSelector("tr[data-pull='stock-store-1']")).Text, StringComparison.Ordinal);
        Assert.Contains("503 O Datasul não respondeu ou estava ocupado", browser.Driver.FindElement(By.CssSelector("tr[data-pull='stock-store-1'] td.failure")).Text,
            StringComparison.Ordinal); // why the pull stopped, in words
        Assert.Empty(browser.Driver.FindElement(By.CssSelector("tr[data-pull='products-store-1'] td.failure")).Text);
        Assert.Equal("Saudável", browser.Driver.FindElement(By.CssSelector("#health-status strong")).Text);
        Assert.Equal("3", browser.Driver.FindElement(By.CssSelector("td[data-count='orders/problem']")).Text);
        Assert.DoesNotContain("145.382.206-20", browser.Driver.PageSource, StringComparison.Ordinal); // the customer's CPF never shows

        browser.Driver.FindElement(By.Id("language")).Click();
        browser.WaitFor(d => d.FindElement(By.TagName("h1")).Text.Contains("Integration status", StringComparison.Ordinal));

        Assert.Contains("Fill the \"ID E-commerce\" field of the carrier in CD0402", Row("V-1002").FindElement(By.CssSelector("p.fix")).Text, StringComparison.Ordinal);
        Assert.Equal(("synced", "Synchronised"), IconOf("V-1001"));
    }

    [BrowserFact]
    public async Task Sync_again_after_the_cause_is_fixed_in_the_fake_turns_the_document_synchronised()
    {
        var seed = await StatusPageSeed.CreateAsync();
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store, options => options.SendWith("orders", (_, key, ct) => seed.SendAsync(key, ct)));
        browser.Open(host.Page);

        browser.SubmitAndWait(Row("V-1002").FindElement(By.CssSelector("form.retry button"))); // not fixed yet: refused again
        Assert.Contains("ainda recusou", browser.Driver.FindElement(By.Id("notice")).Text, StringComparison.Ordinal);
        Assert.Equal(("problem", "2"), (IconOf("V-1002").Css, Row("V-1002").FindElement(By.CssSelector("td.num")).Text));

        seed.Harness.Server.AddCarrier("jadlog-x", 13, "JADLOG"); // the ERP team fills the carrier's "ID E-commerce" in CD0402
        browser.SubmitAndWait(Row("V-1002").FindElement(By.CssSelector("form.retry button")));

        Assert.Equal("orders/V-1002: sincronizado.", browser.Driver.FindElement(By.Id("notice")).Text);
        Assert.Equal(("synced", "Sincronizado"), IconOf("V-1002"));
        Assert.Single(seed.Harness.Server.Orders, o => o.CustomerOrderId == "V-1002"); // in the ERP, once
        Assert.Equal(DocumentSyncState.Synced, (await seed.Ledger("orders").FindAsync("V-1002"))!.State);
    }

    [BrowserFact]
    public async Task Give_up_removes_the_document_from_the_problem_list()
    {
        var seed = await StatusPageSeed.CreateAsync();
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store);
        browser.Open(host.Page);
        browser.Driver.FindElement(By.CssSelector("select[name='state'] option[value='problem']")).Click();
        browser.SubmitAndWait(browser.Driver.FindElement(By.Id("filter")));
        Assert.Equal(["V-1003", "V-1002", "V-1006"], Keys()); // the latest change first

        Row("V-1003").FindElement(By.CssSelector("form.give-up input.reason")).SendKeys("Cliente desistiu da compra");
        browser.SubmitAndWait(Row("V-1003").FindElement(By.CssSelector("form.give-up button")));

        Assert.Equal("orders/V-1003: desistido; não será mais enviado.", browser.Driver.FindElement(By.Id("notice")).Text);
        Assert.Equal(["V-1002", "V-1006"], Keys()); // still the problem list, without it
        browser.Open(new Uri(host.Page + "?state=given-up"));
        Assert.Equal(["V-1003", "V-1005"], Keys());
        Assert.Contains("Cliente desistiu da compra", Row("V-1003").Text, StringComparison.Ordinal);
        Assert.Equal(DocumentSyncState.GivenUp, (await seed.Ledger("orders").FindAsync("V-1003"))!.State);
    }

    [BrowserFact]
    public async Task The_chart_shows_the_documents_synchronised_and_rejected_per_hour()
    {
        var seed = await StatusPageSeed.CreateAsync(); // its own outcomes: 3 synced and 4 with a problem in the last two hours
        var tenHoursAgo = seed.Now - NodaTime.Duration.FromHours(10);
        var threeHoursAgo = seed.Now - NodaTime.Duration.FromHours(3);
        for (var i = 0; i < 21; i++)
        {
            var (state, at) = i < 7 ? (DocumentSyncState.Synced, tenHoursAgo) : i < 9 ? (DocumentSyncState.Problem, tenHoursAgo) : (DocumentSyncState.Synced, threeHoursAgo);
            await seed.AddStatusAsync(new DocumentSyncStatus
            {
                Kind = "invoices", DocumentKey = $"NF-{i:D6}", State = state, Attempts = 1, ErrorCode = state == DocumentSyncState.Problem ? "503" : null,
                CreatedAt = at, UpdatedAt = at + NodaTime.Duration.FromMinutes(i),
            });
        }

        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store);
        browser.Open(host.Page);
        if (Environment.GetEnvironmentVariable("TOTVS_STATUS_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            ((ITakesScreenshot)browser.Driver).GetScreenshot().SaveAsFile(screenshot); // docs/images/status-page.png is made this way
        }

        var hours = browser.Driver.FindElements(By.CssSelector("svg.chart g.hour")).ToDictionary(
            g => g.GetAttribute("data-hour")!, g => (Synced: int.Parse(g.GetAttribute("data-synced")!), Problems: int.Parse(g.GetAttribute("data-problems")!)));
        Assert.Equal(24, hours.Count);
        Assert.Equal((7, 2), hours[LocalHour(tenHoursAgo)]);
        Assert.Equal((12, 0), hours[LocalHour(threeHoursAgo)]);
        Assert.Equal((3 + 7 + 12, 4 + 2), (hours.Values.Sum(h => h.Synced), hours.Values.Sum(h => h.Problems)));
        var busiest = browser.Driver.FindElement(By.CssSelector($"svg.chart g.hour[data-hour='{LocalHour(threeHoursAgo)}'] rect.synced"));
        var tenHours = browser.Driver.FindElement(By.CssSelector($"svg.chart g.hour[data-hour='{LocalHour(tenHoursAgo)}'] rect.synced"));
        Assert.Equal(("120", "70"), (busiest.GetAttribute("height"), tenHours.GetAttribute("height"))); // the busiest hour fills the chart; 7 of 12 is 70 px
        Assert.Contains("12 sincronizados, 0 com problema", busiest.FindElement(By.XPath("..")).FindElement(By.TagName("title")).GetAttribute("textContent"), StringComparison.Ordinal);
    }

    /// <summary>The chart's label of an instant's hour, in the ERP's zone.</summary>
    private static string LocalHour(NodaTime.Instant instant) =>
        NodaTime.Instant.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds() / 3_600_000 * 3_600_000)
            .InZone(NodaTime.DateTimeZoneProviders.Tzdb["America/Sao_Paulo"]).LocalDateTime.ToString("uuuu'-'MM'-'dd'T'HH':'mm", System.Globalization.CultureInfo.InvariantCulture);

    private IWebElement Row(string key) => browser.Driver.FindElement(By.CssSelector($"#document-list tr[data-key='{key}']"));

    private (string Css, string Label) IconOf(string key)
    {
        var icon = Row(key).FindElement(By.CssSelector("svg.icon"));
        return (icon.GetAttribute("class")!.Replace("icon icon-", string.Empty, StringComparison.Ordinal), icon.GetAttribute("aria-label")!);
    }

    private List<string> Keys() =>
        browser.Driver.FindElements(By.CssSelector("#document-list tbody tr")).Select(r => r.GetAttribute("data-key")!).ToList();
}
