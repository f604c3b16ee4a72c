namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>
/// A test in headless Chromium (Debian's <c>chromium</c> and <c>chromium-driver</c>, which <c>build/ensure-chromium.sh</c>
/// installs). It is skipped — loudly, with how to run it — only where they are missing and CI did not require them
/// (<c>TOTVS_REQUIRE_BROWSER=1</c>, set by <c>.ci/run</c>); there a missing browser fails the test.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Browser.IsInstalled && Environment.GetEnvironmentVariable("TOTVS_REQUIRE_BROWSER") != "1")
        {
            Skip = "BROWSER NOT TESTED: Chromium is not installed here. Run build/ensure-chromium.sh (apt install chromium chromium-driver) and the tests again.";
        }
    }
}
