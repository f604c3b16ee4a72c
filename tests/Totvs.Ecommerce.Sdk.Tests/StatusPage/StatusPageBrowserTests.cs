using OpenQA.Selenium;
using Totvs.Ecommerce.Sdk.Sync;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.StatusPage;

/// <summary>The operator's status page in headless Chromium, against a connector's state made through the fake Datasul.</summary>
public sealed class StatusPageBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
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

    [Fact]
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

    [Fact]
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

    [Fact]
    public async Task The_chart_shows_the_documents_synchronised_and_rejected_per_hour()
    {
        NodaTime.Instant? first = null, second = null;
        var seed = await StatusPageSeed.CreateAsync(async seed =>
        {
            // Ten hours before the orders: 9 invoices sent, 2 of them refused while the ERP is overloaded.
            var invoices = seed.Ledger("invoices");
            var overloaded = new HashSet<string>(["NF-A7", "NF-A8"]);
            Task Send(string key) => overloaded.Contains(key) ? throw new TotvsApiException("Service unavailable.", 503, null, true, "POST", "invoices", null) : Task.CompletedTask;
            first = seed.Now;
            await invoices.AddAsync(Enumerable.Range(0, 9).Select(i => $"NF-A{i}"));
            await invoices.ProcessDueAsync((key, _) => Send(key));

            // Seven hours later the ERP is back: those 2 and 12 new ones are synced.
            seed.Harness.Clock.Advance(TimeSpan.FromHours(7));
            overloaded.Clear();
            second = seed.Now;
            await invoices.AddAsync(Enumerable.Range(0, 12).Select(i => $"NF-B{i:D2}"));
            await invoices.ProcessDueAsync((key, _) => Send(key));
            seed.Harness.Clock.Advance(TimeSpan.FromHours(3));
        });
        await using var host = await StatusPageHost.StartAsync(seed.Harness, seed.Store);
        browser.Open(host.Page);
        if (Environment.GetEnvironmentVariable("TOTVS_STATUS_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            ((ITakesScreenshot)browser.Driver).GetScreenshot().SaveAsFile(screenshot); // docs/images/status-page.png is made this way
        }

        var hours = browser.Driver.FindElements(By.CssSelector("svg.chart g.hour")).ToDictionary(
            g => g.GetAttribute("data-hour")!, g => (Synced: int.Parse(g.GetAttribute("data-synced")!), Problems: int.Parse(g.GetAttribute("data-problems")!)));
        Assert.Equal(24, hours.Count);
        Assert.Equal((7, 2), hours[LocalHour(first!.Value)]); // the outage shows in its hour, though those invoices are synced now
        Assert.Equal((14, 0), hours[LocalHour(second!.Value)]);
        Assert.Equal((7 + 14 + 3, 2 + 3), (hours.Values.Sum(h => h.Synced), hours.Values.Sum(h => h.Problems))); // and the seed's own sends
        var busiest = browser.Driver.FindElement(By.CssSelector($"svg.chart g.hour[data-hour='{LocalHour(second!.Value)}'] rect.synced"));
        var outage = browser.Driver.FindElement(By.CssSelector($"svg.chart g.hour[data-hour='{LocalHour(first!.Value)}'] rect.synced"));
        Assert.Equal(("120", "60"), (busiest.GetAttribute("height"), outage.GetAttribute("height"))); // the busiest hour fills the chart; 7 of 14 is half
        Assert.Contains("14 sincronizados, 0 com problema", busiest.FindElement(By.XPath("..")).FindElement(By.TagName("title")).GetAttribute("textContent"), StringComparison.Ordinal);
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
