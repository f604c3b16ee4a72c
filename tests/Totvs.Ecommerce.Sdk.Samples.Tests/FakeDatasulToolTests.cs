using System.Diagnostics;
using Xunit.Abstractions;

namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// totvs-fake-datasul as a connector in another language meets it: installed from the local feed as a dotnet tool,
/// started as a process, driven with curl only (seed, a fault, a call that meets it, the journal), stopped with SIGTERM.
/// </summary>
[Collection(DotnetBuildsCollection.Name)]
public sealed class FakeDatasulToolTests(LocalFeed feed, ITestOutputHelper log)
{
    private const string Credentials = "integration:fake-password";

    [Fact]
    public async Task The_tool_installs_answers_within_2_seconds_is_driven_with_curl_and_stops_on_SIGTERM()
    {
        var command = await feed.ToolAsync(); // installed from the local feed as a dotnet tool

        // The best of three starts: one start slowed by the machine's other work says nothing about the tool.
        var startups = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            await using var run = await ToolProcess.StartAsync(command, "--urls http://127.0.0.1:0 --items 3");
            startups.Add(run.TimeToHealthy);
        }

        log.WriteLine($"time to a healthy answer: {string.Join(", ", startups.Select(s => $"{s.TotalMilliseconds:0} ms"))}");
        await using var tool = await ToolProcess.StartAsync(command, "--urls http://127.0.0.1:0 --items 0");
        var address = tool.Address;
        var products = $"{address}dts/datasul-rest/resources/prg/cdp/v1/productPublic/ecommerce";
        var seed = await Curl("-X", "POST", $"{address}__admin/seed", "-H", "Content-Type: application/json", "-d",
            """{"stores":[{"code":"1","priceTables":["ECOM"],"deposits":[{"branchId":"1","warehouseCode":"ECO"}],"items":[{"code":"FUR-001","description":"Furadeira","price":399.9,"stock":5,"family":"FER"}]}]}""");
        var listed = await Curl("-u", Credentials, $"{products}?storeCode=1");
        var fault = await Curl("-X", "POST", $"{address}__admin/faults", "-H", "Content-Type: application/json", "-d",
            """{"method":"GET","route":"cdp/v1/productPublic/ecommerce","kind":"status","status":503,"retryAfterSeconds":7}""");
        var met = await Curl("-u", Credentials, "-o", "/dev/null", "-w", "%{http_code}", products);
        var journal = await Curl($"{address}__admin/journal");
        var output = await tool.StopWithSigtermAsync();

        Assert.True(startups.Min() < TimeSpan.FromSeconds(2), $"time to a healthy answer: {string.Join(", ", startups.Select(s => $"{s.TotalMilliseconds:0} ms"))}");
        Assert.Contains("\"stores\":[\"1\"]", seed, StringComparison.Ordinal);
        Assert.Contains("\"itemCode\":\"FUR-001\"", listed, StringComparison.Ordinal);
        Assert.Equal(string.Empty, fault);
        Assert.Equal("503", met);
        Assert.Contains("\"statusCode\":503,\"fault\":\"status 503\"", journal, StringComparison.Ordinal);
        Assert.StartsWith($"Fake Datasul listening on {address}", output, StringComparison.Ordinal);
        Assert.Contains("Stopped.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_containers_entrypoint_runs_the_published_tool_and_stops_on_SIGTERM()
    {
        // No image registry is reachable here: what the image runs — the publish output and the Dockerfile's ENTRYPOINT — is.
        var root = PackagingTests.RepositoryRoot();
        var dockerfile = await File.ReadAllLinesAsync(Path.Combine(root, "src/Totvs.Ecommerce.FakeDatasul/Dockerfile"));
        var entrypoint = System.Text.Json.JsonSerializer.Deserialize<string[]>(dockerfile.Single(l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal))["ENTRYPOINT ".Length..])!;
        var published = feed.NewFolder("container-app");
        await PackagingTests.RunAsync(root, "dotnet", $"publish src/Totvs.Ecommerce.FakeDatasul/Totvs.Ecommerce.FakeDatasul.csproj -c Release -o {published}");

        // The container listens on all of its interfaces; a test listens on loopback only.
        var arguments = string.Join(' ', entrypoint.Skip(1).Select(a => a == "http://0.0.0.0:8543" ? "http://127.0.0.1:0" : a.EndsWith(".dll", StringComparison.Ordinal) ? Path.Combine(published, a) : a));
        await using var tool = await ToolProcess.StartAsync(entrypoint[0], arguments);
        var health = await Curl($"{tool.Address}__admin/health");
        var output = await tool.StopWithSigtermAsync();

        Assert.Equal(["dotnet", "Totvs.Ecommerce.FakeDatasul.dll", "--urls", "http://0.0.0.0:8543"], entrypoint);
        Assert.Contains("\"status\":\"ok\"", health, StringComparison.Ordinal);
        Assert.Contains("Stopped.", output, StringComparison.Ordinal);
    }

    /// <summary>Runs curl with its arguments as given (no shell), and returns what it printed.</summary>
    private static async Task<string> Curl(params string[] args)
    {
        var start = new ProcessStartInfo("curl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-sS", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var curl = Process.Start(start)!;
        var stdout = curl.StandardOutput.ReadToEndAsync();
        var stderr = curl.StandardError.ReadToEndAsync();
        await curl.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(curl.ExitCode == 0, $"curl {string.Join(' ', args)} failed ({curl.ExitCode}): {await stderr}");
        return await stdout;
    }
}
