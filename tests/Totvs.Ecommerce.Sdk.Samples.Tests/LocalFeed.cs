namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// Every package of the repository — the SDK, the fake, both stores, the template and the fake's tool — packed once, at one test version,
/// into a temporary folder used as a NuGet feed.
/// </summary>
public sealed class LocalFeed : IAsyncLifetime
{
    private static readonly string[] Projects =
    [
        "src/Totvs.Ecommerce.Sdk/Totvs.Ecommerce.Sdk.csproj",
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

    public Task DisposeAsync()
    {
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
