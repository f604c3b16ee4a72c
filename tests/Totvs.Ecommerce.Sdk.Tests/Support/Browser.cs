using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>
/// One headless Chromium driven by Selenium through Debian's chromedriver, for a test class. Never skipped: where it is
/// missing the tests fail and say to run build/test.sh, which installs it. Selenium (not Playwright):
/// it drives the distribution's own Chromium through the matching chromedriver, where Playwright wants a browser build
/// of its own downloaded at install time, which this project's machines cannot fetch.
/// </summary>
public sealed class Browser : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private const string DriverFolder = "/usr/bin";
    private const string DriverFile = "chromedriver";
    private readonly Lazy<ChromeDriver> driver = new(Start);

    public static bool IsInstalled => File.Exists(Chromium) && File.Exists(Path.Combine(DriverFolder, DriverFile));

    public IWebDriver Driver => driver.Value;

    /// <summary>Saves what the browser shows as a PNG (for the docs' screenshots).</summary>
    public void Screenshot(string path) => ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(path);

    /// <summary>Opens an address and waits until its document is loaded.</summary>
    public void Open(Uri address) => Driver.Navigate().GoToUrl(address);

    /// <summary>Waits (polling the page, at most 30 seconds) until a condition holds on the page the browser shows.</summary>
    public T WaitFor<T>(Func<IWebDriver, T?> condition) =>
        new WebDriverWait(Driver, TimeSpan.FromSeconds(30)) { PollingInterval = TimeSpan.FromMilliseconds(50) }.Until(condition)!;

    /// <summary>Clicks a submit button and waits for the page the action redirects to (one with an element of id <paramref name="readyId"/>).</summary>
    public void SubmitAndWait(IWebElement button, string readyId = "documents")
    {
        var before = Driver.FindElement(By.TagName("html"));
        button.Click();
        WaitFor(d =>
        {
            try
            {
                _ = before.TagName; // still the old page
                return false;
            }
            catch (WebDriverException ex) when (IsGone(ex))
            {
                return d.FindElements(By.Id(readyId)).Count > 0;
            }
        });
    }

    /// <summary>
    /// Whether the old page's element is gone: Selenium's stale-element error, or Chromium's own wording when it is asked
    /// about the old document in the middle of the navigation ("Node with given id does not belong to the document").
    /// </summary>
    private static bool IsGone(WebDriverException ex) =>
        ex is StaleElementReferenceException || ex.Message.Contains("does not belong to the document", StringComparison.Ordinal);

    public void Dispose()
    {
        if (driver.IsValueCreated)
        {
            driver.Value.Quit();
        }
    }

    private static ChromeDriver Start()
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(
                "The status page's browser tests need headless Chromium and its driver, which are not installed here: run the tests with build/test.sh " +
                "(it installs them), or build/ensure-chromium.sh (apt-get install chromium chromium-driver) first.");
        }

        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1440,1800", "--lang=pt-BR");
        var service = ChromeDriverService.CreateDefaultService(DriverFolder, DriverFile);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
