using OpenQA.Selenium;
using Totvs.Ecommerce.Sdk.Samples.PartnerApp;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// The partner application (seed 000) walked through in headless Chromium, as its user does: configure TOTVS, fetch a
/// period of purchases, import two of five, map their products, see them blue; a purchase with an unmapped product is
/// yellow with its problem until mapped and synced again; a sale without a price asks for it, is sent once, and both
/// messages show; a sale TOTVS refuses is yellow with Datasul's advice. Against the embedded fake over loopback.
/// Set TOTVS_SCREENSHOTS to a folder to save the screens shown in docs/partner-app.md.
/// </summary>
public sealed class PartnerAppBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private static readonly string? Screenshots = Environment.GetEnvironmentVariable("TOTVS_SCREENSHOTS");

    [Fact]
    public async Task The_seed_walk_through_purchases_mapped_and_synced_sales_sent_once()
    {
        var data = Directory.CreateTempSubdirectory("partner-app-");
        await using var app = await PartnerAppHost.StartAsync(["--urls", "http://127.0.0.1:0", "--data", data.FullName]);
        var fake = app.Fake!;
        var driver = browser.Driver;
        browser.Open(new Uri(app.Address, "/"));

        // Configuration: a wrong password and a wrong URL are each named; a company mismatch blocks, both CNPJs masked.
        Assert.Equal("Configuração do TOTVS", driver.FindElement(By.TagName("h1")).Text);
        Type("Password", "senha-errada");
        Type("TotvsCompanyCnpj", "11.222.333/0001-81");
        Submit("test");
        Assert.Contains("Usuário ou senha inválidos", driver.FindElement(By.Id("test-result")).Text, StringComparison.Ordinal);
        var address = driver.FindElement(By.Id("BaseAddress")).GetAttribute("value");
        Type("BaseAddress", "http://127.0.0.1:9/");
        Type("Password", Testing.FakeDatasulServer.DefaultPassword);
        Submit("test");
        Assert.Contains("Não foi possível conectar à URL http://127.0.0.1:9/", driver.FindElement(By.Id("test-result")).Text, StringComparison.Ordinal);
        Type("BaseAddress", address!);
        Type("Password", Testing.FakeDatasulServer.DefaultPassword);
        Submit("test");
        Assert.Equal("Conexão com o TOTVS estabelecida.", driver.FindElement(By.Id("test-result")).Text);
        Type("Password", Testing.FakeDatasulServer.DefaultPassword);
        Type("TotvsCompanyCnpj", "45.723.174/0001-10");
        Submit("save");
        var blocked = driver.FindElement(By.Id("blocked")).Text;
        Assert.Contains("11.***.***/0001-**", blocked, StringComparison.Ordinal);
        Assert.Contains("45.***.***/0001-**", blocked, StringComparison.Ordinal);
        Assert.DoesNotContain("45.723.174", blocked, StringComparison.Ordinal); // the field keeps what the user typed; the message masks it
        Type("Password", Testing.FakeDatasulServer.DefaultPassword);
        Type("TotvsCompanyCnpj", "11.222.333/0001-81");
        Submit("save");
        Assert.Equal("Configuração salva.", driver.FindElement(By.Id("notice")).Text);
        Assert.DoesNotContain(Testing.FakeDatasulServer.DefaultPassword, File.ReadAllText(Path.Combine(data.FullName, "configuracao.json")), StringComparison.Ordinal);
        Shot("partner-app-configuracao.png");

        // Purchases: a period too long is refused with the limit; November in windows of 7 days, five purchases found.
        browser.Open(new Uri(app.Address, "/compras"));
        SetDate("De", "2026-01-01");
        SetDate("Ate", "2026-11-30");
        Submit("fetch");
        Assert.Contains("O período máximo é de 90 dias", driver.FindElement(By.Id("error")).Text, StringComparison.Ordinal);
        SetDate("De", "2026-11-01");
        SetDate("Ate", "2026-11-30");
        Submit("fetch");
        Assert.Equal(5, driver.FindElements(By.CssSelector("#progress li")).Count);
        var found = driver.FindElements(By.CssSelector("#selecao tr[data-purchase]")).Select(r => r.GetAttribute("data-purchase")!).ToList();
        Assert.Equal(5, found.Count);
        Shot("partner-app-selecao.png");
        driver.FindElement(By.Id($"sel-{found[0]}")).Click();
        driver.FindElement(By.Id($"sel-{found[1]}")).Click();
        Submit("import");
        Assert.Equal(["problem", "problem"], Icons("#purchases"));
        Assert.Contains("MP-ADUBO", Row("#purchases", found[0]).FindElement(By.CssSelector("td.problem")).Text, StringComparison.Ordinal);

        // Products: mapped and validated in TOTVS's register; an item TOTVS does not have is refused by name.
        browser.Open(new Uri(app.Address, "/produtos"));
        Assert.Contains("MP-ADUBO, MP-SEMENTE", driver.FindElement(By.Id("pending-mappings")).Text, StringComparison.Ordinal);
        Map("NAO-EXISTE", "Insumo agrícola", "Saco 50 kg");
        Assert.Contains("O item NAO-EXISTE não está cadastrado no TOTVS (CD0204)", driver.FindElement(By.Id("error")).Text, StringComparison.Ordinal);
        Map("MP-ADUBO", "Insumo agrícola", "Saco 50 kg");
        Map("MP-SEMENTE", "Insumo agrícola", "Saco 25 kg");
        Assert.Equal(2, driver.FindElements(By.CssSelector("#mappings tr[data-item]")).Count);
        Shot("partner-app-produtos.png");

        browser.Open(new Uri(app.Address, "/compras"));
        SyncAgain(found[0]);
        SyncAgain(found[1]);
        Assert.Equal(["synced", "synced"], Icons("#purchases"));

        // A purchase with a product not mapped yet: yellow with its problem; mapped; synced again; blue.
        SetDate("De", "2026-11-22");
        SetDate("Ate", "2026-11-26");
        Submit("fetch");
        var defensivo = Assert.Single(driver.FindElements(By.CssSelector("#selecao tr[data-purchase]"))).GetAttribute("data-purchase")!;
        driver.FindElement(By.Id($"sel-{defensivo}")).Click();
        Submit("import");
        Assert.Equal("problem", Icon(Row("#purchases", defensivo)));
        Assert.Contains("MP-DEFENSIVO sem mapeamento", Row("#purchases", defensivo).FindElement(By.CssSelector("td.problem")).Text, StringComparison.Ordinal);
        Shot("partner-app-compras-problema.png");
        browser.Open(new Uri(app.Address, "/produtos"));
        Map("MP-DEFENSIVO", "Insumo agrícola", "Galão 5 L");
        browser.Open(new Uri(app.Address, "/compras"));
        SyncAgain(defensivo);
        Assert.Equal(["synced", "synced", "synced"], Icons("#purchases"));
        Shot("partner-app-compras.png");

        // Sales: the one without a price asks for it; sent once; both messages; sending again creates nothing.
        browser.Open(new Uri(app.Address, "/vendas"));
        driver.FindElement(By.Id("sel-VENDA-0002")).Click();
        Submit("send");
        Assert.Equal("Informações da venda", driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("não tem preço unitário em PA-CAFE", driver.FindElement(By.Id("error")).Text, StringComparison.Ordinal);
        Shot("partner-app-informacoes-da-venda.png");
        Type("price-0", "19.90");
        Submit("save-prices");
        driver.FindElement(By.Id("sel-VENDA-0001")).Click();
        driver.FindElement(By.Id("sel-VENDA-0002")).Click();
        Submit("send");
        Assert.Equal("Todos itens selecionados foram sincronizados", driver.FindElement(By.Id("notice")).Text);
        Assert.Equal("Dados enviados com sucesso", driver.FindElement(By.Id("notice2")).Text);
        driver.FindElement(By.Id("sel-VENDA-0001")).Click();
        Submit("send");
        Assert.Equal(1, fake.Orders.Count(o => o.CustomerOrderId == "VENDA-0001"));
        Assert.Equal(1, fake.Orders.Count(o => o.CustomerOrderId == "VENDA-0002"));
        Assert.Equal(25 * 19.90m + 12 * 22.50m, fake.Orders.Single(o => o.CustomerOrderId == "VENDA-0002").Json["TotalOrderAmount"]!.GetValue<decimal>());

        // A sale TOTVS refuses: yellow, with Datasul's advice.
        driver.FindElement(By.Id("sel-VENDA-0003")).Click();
        Submit("send");
        Assert.Contains("VENDA-0003", driver.FindElement(By.Id("error")).Text, StringComparison.Ordinal);
        Assert.Equal("problem", Icon(Row("table", "VENDA-0003", "data-sale")));
        Assert.Contains("CD0704", Row("table", "VENDA-0003", "data-sale").FindElement(By.CssSelector("td.problem")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Orders, o => o.CustomerOrderId == "VENDA-0003");
        Shot("partner-app-vendas.png");
        data.Delete(recursive: true);
    }

    [Theory]
    [InlineData("/configuracao?handler=Salvar")]
    [InlineData("/compras?handler=Importar")]
    [InlineData("/produtos")]
    [InlineData("/vendas?handler=Enviar")]
    [InlineData("/vendas/informacoes")]
    public async Task Every_form_refuses_a_post_without_its_anti_forgery_token(string path)
    {
        var data = Directory.CreateTempSubdirectory("partner-app-");
        await using var app = await PartnerAppHost.StartAsync(["--urls", "http://127.0.0.1:0", "--data", data.FullName]);
        using var http = new HttpClient();

        var forged = await http.PostAsync(new Uri(app.Address, path), new FormUrlEncodedContent([new("Selecionadas", "VENDA-0001"), new("ItemCode", "MP-ADUBO")]));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(app.Fake!.Orders);
        data.Delete(recursive: true);
    }

    private void Type(string id, string text)
    {
        var input = browser.Driver.FindElement(By.Id(id));
        input.Clear();
        input.SendKeys(text);
    }

    private void SetDate(string id, string isoDate) =>
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript($"document.getElementById('{id}').value = '{isoDate}';");

    private void Submit(string id) => browser.SubmitAndWait(browser.Driver.FindElement(By.Id(id)), "page");

    private void Map(string itemCode, string productType, string packaging)
    {
        Type("ItemCode", itemCode);
        browser.Driver.FindElement(By.CssSelector($"#ProductType option[value='{productType}']")).Click();
        browser.Driver.FindElement(By.CssSelector($"#Packaging option[value='{packaging}']")).Click();
        Submit("save-mapping");
    }

    private void SyncAgain(string purchase) =>
        browser.SubmitAndWait(Row("#purchases", purchase).FindElement(By.CssSelector("form.retry button")), "page");

    private IWebElement Row(string table, string key, string attribute = "data-purchase") =>
        browser.Driver.FindElement(By.CssSelector($"{table} tr[{attribute}='{key}']"));

    private static string Icon(IWebElement row) => row.FindElement(By.CssSelector("span.icon")).GetAttribute("class")!.Replace("icon ", string.Empty, StringComparison.Ordinal);

    private List<string> Icons(string table) => browser.Driver.FindElements(By.CssSelector($"{table} tbody tr")).Select(Icon).ToList();

    private void Shot(string name)
    {
        if (Screenshots is { Length: > 0 } folder)
        {
            browser.Screenshot(Path.Combine(Directory.CreateDirectory(folder).FullName, name));
        }
    }
}
