namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// <c>dotnet new totvs-connector</c> from the template package on the local feed: the project it creates builds with
/// warnings as errors against the packages of the same version, and runs one cycle of its three services against the
/// embedded fake Datasul.
/// </summary>
[Collection(DotnetBuildsCollection.Name)]
public sealed class ConnectorTemplateTests(LocalFeed feed)
{
    [Fact]
    public async Task The_template_creates_a_connector_that_builds_and_runs_one_cycle_against_the_fake()
    {
        var connector = await feed.ConnectorAsync();
        var project = await File.ReadAllTextAsync(Path.Combine(connector, "Acme.Connector.csproj"));
        var run = await PackagingTests.RunAsync(connector, "dotnet",
            $"run --no-build -- --Connector:UseFakeDatasul=true --Connector:RunOnce=true --Connector:StateFile={Path.Combine(connector, "state", "test.db")} --urls http://127.0.0.1:0");

        Assert.Contains($"Include=\"Totvs.Ecommerce.Sdk\" Version=\"{feed.Version}\"", project, StringComparison.Ordinal); // the template's own version
        Assert.True(File.Exists(Path.Combine(connector, "Dockerfile")));
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"Acme.Connector.dll\"]", await File.ReadAllTextAsync(Path.Combine(connector, "Dockerfile")), StringComparison.Ordinal);
        Assert.Contains(
            "cycle complete: catalog 2 families, 2 products, 2 prices, 2 stock balances; orders 1 new, 1 sent, 0 to retry; status 0 invoices, 0 notified, 0 to retry",
            run, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(connector, "state", "test.db"))); // the state is durable, in SQLite by default
    }
}
