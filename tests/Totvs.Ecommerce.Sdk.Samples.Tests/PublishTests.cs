using System.Diagnostics;

namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>The quickstart published with Native AOT (so trimmed): no trim or AOT warning, and the binary runs against the fake.</summary>
[Collection(DotnetBuildsCollection.Name)]
public sealed class PublishTests
{
    [Fact]
    public async Task The_quickstart_publishes_with_native_AOT_without_warnings_and_runs()
    {
        var root = PackagingTests.RepositoryRoot();
        var output = Directory.CreateTempSubdirectory("totvs-sdk-aot-");

        var publish = await PackagingTests.RunAsync(root, "dotnet",
            $"publish samples/Quickstart/Quickstart.csproj -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker=gcc -o {output.FullName}");
        var run = await PackagingTests.RunAsync(output.FullName, Path.Combine(output.FullName, "Quickstart"), string.Empty);

        var warnings = publish.Split('\n').Where(l => l.Contains("warning IL", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == 0, string.Join('\n', warnings));
        Assert.Contains("Done: catalog read, order sent exactly once, invoice back.", run, StringComparison.Ordinal);
        output.Delete(recursive: true);
    }
}
