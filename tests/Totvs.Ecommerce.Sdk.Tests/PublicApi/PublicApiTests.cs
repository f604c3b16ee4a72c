using System.Reflection;
using PublicApiGenerator;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.PublicApi;

/// <summary>
/// The public surface of every package is approved on purpose: a change fails here until the approved
/// file is updated (copy the .received.txt over the .approved.txt) and the CHANGELOG says what changed.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_Sdk_public_API_is_approved() => AssertApproved(typeof(TotvsEcommerceClient).Assembly);

    [Fact]
    public void The_Sync_public_API_is_approved() => AssertApproved(typeof(Totvs.Ecommerce.Sdk.Sync.IncrementalPull).Assembly);

    [Fact]
    public void The_Vtex_public_API_is_approved() => AssertApproved(typeof(Totvs.Ecommerce.Sdk.Vtex.VtexOrderMapper).Assembly);

    /// <summary>
    /// The client package keeps to its budget: a public type is a promise kept for years. 150 at the 1.0 review (issue 29),
    /// plus the four of purchase orders (issue 30: the order, its line, the list options, the client). Raise it only with a
    /// line in docs/design-decisions.md.
    /// </summary>
    [Fact]
    public void The_client_package_has_at_most_154_public_types()
    {
        var types = typeof(TotvsEcommerceClient).Assembly.GetExportedTypes();

        Assert.True(types.Length <= 154, $"Totvs.Ecommerce.Sdk exposes {types.Length} public types; the budget is 154. Make machinery internal or move it to the package of its concern.");
    }

    [Fact]
    public void The_Testing_public_API_is_approved() => AssertApproved(typeof(FakeDatasulServer).Assembly);

    [Fact]
    public void The_Sqlite_public_API_is_approved() => AssertApproved(typeof(Totvs.Ecommerce.Sdk.Sqlite.SqliteSyncStore).Assembly);

    [Fact]
    public void The_PostgreSql_public_API_is_approved() => AssertApproved(typeof(Totvs.Ecommerce.Sdk.PostgreSql.PostgreSqlSyncStore).Assembly);

    [Fact]
    public void The_AspNetCore_public_API_is_approved() => AssertApproved(typeof(Totvs.Ecommerce.Sdk.AspNetCore.StatusPage.ConnectorStatusOptions).Assembly);

    /// <summary>
    /// <c>dotnet new totvs-connector -n Acme.Connector</c> rewrites every "TotvsConnector" in the template's code (its
    /// sourceName): a public name containing it would not compile in a generated connector.
    /// </summary>
    [Fact]
    public void No_public_name_contains_the_templates_source_name()
    {
        var offenders = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "Totvs.Ecommerce.Sdk.Tests", "PublicApi"), "*.approved.txt")
            .SelectMany(File.ReadLines).Where(line => line.Contains("TotvsConnector", StringComparison.Ordinal)).ToList();

        Assert.Empty(offenders);
    }

    private static void AssertApproved(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        var actual = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false, AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore.Builder"] }));
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Totvs.Ecommerce.Sdk.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, $"{name}.approved.txt");
        var receivedPath = Path.Combine(folder, $"{name}.received.txt");
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;

        if (actual == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(
            $"The public API of {name} changed. If the change is deliberate, copy {receivedPath} over {approvedPath} " +
            "and say what changed for users in CHANGELOG.md.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
}
