namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// Every package of the repository — the client, the sync toolkit, VTEX, the fake, both stores, the status page, the template and the fake's tool — packed once, at one test version,
/// into a temporary folder used as a NuGet feed.
/// </summary>
public sealed class LocalFeed : IAsyncLifetime
{
    private static readonly string[] Projects =
    [
        "src/Totvs.Ecommerce.Sdk/Totvs.Ecommerce.Sdk.csproj",
        "src/Totvs.Ecommerce.Sdk.Sync/Totvs.Ecommerce.Sdk.Sync.csproj",
        "src/Totvs.Ecommerce.Sdk.Vtex/Totvs.Ecommerce.Sdk.Vtex.csproj",
        "src/Totvs.Ecommerce.Sdk.Testing/Totvs.Ecommerce.Sdk.Testing.csproj",
        "src/Totvs.Ecommerce.Sdk.Sqlite/Totvs.Ecommerce.Sdk.Sqlite.csproj",
        "src/Totvs.Ecommerce.Sdk.PostgreSql/Totvs.Ecommerce.Sdk.PostgreSql.csproj",
        "src/Totvs.Ecommerce.Sdk.AspNetCore/Totvs.Ecommerce.Sdk.AspNetCore.csproj",
        "src/Totvs.Ecommerce.Sdk.Templates/Totvs.Ecommerce.Sdk.Templates.csproj",
        "src/Totvs.Ecommerce.FakeDatasul/Totvs.Ecommerce.FakeDatasul.csproj",
    ];

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("totvs-sdk-feed-");

    /// <summary>The version every package was packed at.</summary>
    public string Version { get; } = $"0.1.0-test{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The folder holding the packages.</summary>
    public string Folder => Path.Combine(work.FullName, "feed");

    /// <summary>A nuget.config for a consumer: this feed first, then nuget.org for everything else.</summary>
    public string NuGetConfig => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{Folder}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    /// <summary>A folder for a test's own files, deleted with the feed.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(work.FullName, name)).FullName;

    public async Task InitializeAsync()
    {
        var root = PackagingTests.RepositoryRoot();
        foreach (var project in Projects)
        {
            await PackagingTests.RunAsync(root, "dotnet",
                $"pack {Path.Combine(root, project)} -c Release -o {Folder} -p:MinVerVersionOverride={Version} -p:ContinuousIntegrationBuild=true");
        }
    }

    private Lazy<Task<string>>? connector;
    private Lazy<Task<string>>? vtexConnector;
    private Lazy<Task<string>>? tool;

    /// <summary>
    /// A connector made by <c>dotnet new totvs-connector -n Acme.Connector</c> from this feed's template (in a private template
    /// cache), built against this feed's packages: its folder. Made once, for every test that runs it.
    /// </summary>
    public Task<string> ConnectorAsync() => LazyInitializer.EnsureInitialized(ref connector, () => new Lazy<Task<string>>(() => MakeConnectorAsync("connectors", null))).Value;

    /// <summary>A connector made by <c>dotnet new totvs-connector -n Acme.Connector --store vtex</c>, built against this feed's packages (once).</summary>
    public Task<string> VtexConnectorAsync() =>
        LazyInitializer.EnsureInitialized(ref vtexConnector, () => new Lazy<Task<string>>(() => MakeConnectorAsync("connectors-vtex", "vtex"))).Value;

    /// <summary>The <c>totvs-fake-datasul</c> command, installed from this feed as a dotnet tool (once).</summary>
    public Task<string> ToolAsync() => LazyInitializer.EnsureInitialized(ref tool, () => new Lazy<Task<string>>(InstallToolAsync)).Value;

    private async Task<string> MakeConnectorAsync(string folderName, string? store)
    {
        var hive = NewFolder("template-hive-" + folderName); // a private template cache: the machine's own is left alone
        var projects = NewFolder(folderName);
        await PackagingTests.RunAsync(projects, "dotnet", $"new install {Path.Combine(Folder, $"Totvs.Ecommerce.Sdk.Templates.{Version}.nupkg")} --debug:custom-hive {hive}");
        await PackagingTests.RunAsync(projects, "dotnet", $"new totvs-connector -n Acme.Connector{(store is null ? string.Empty : $" --store {store}")} --debug:custom-hive {hive}");
        var folder = Path.Combine(projects, "Acme.Connector");
        await File.WriteAllTextAsync(Path.Combine(folder, "nuget.config"), NuGetConfig);
        await PackagingTests.RunAsync(folder, "dotnet", "build");
        return folder;
    }

    private async Task<string> InstallToolAsync()
    {
        var tools = NewFolder("tool");
        await PackagingTests.RunAsync(tools, "dotnet", $"tool install totvs-fake-datasul --tool-path {tools} --add-source {Folder} --version {Version}");
        return Path.Combine(tools, "totvs-fake-datasul");
    }

    public Task DisposeAsync()
    {
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
