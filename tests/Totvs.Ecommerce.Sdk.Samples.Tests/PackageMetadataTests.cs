using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using System.Xml.Linq;

namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// What a release build packs, from a clone of the committed repository as a release pipeline has it (a GitHub origin, a
/// version tag): the version from the tag (MinVer), the icon, the repository commit, and symbols whose Source Link
/// points at that commit's sources on GitHub.
/// </summary>
[Collection(DotnetBuildsCollection.Name)]
public sealed class PackageMetadataTests
{
    private const string Repository = "https://github.com/totvs-ecommerce-sdk/Totvs.Ecommerce.Sdk";

    /// <summary>The id of Source Link's custom debug information in a portable PDB.</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Fact]
    public async Task A_tagged_commit_packs_its_version_with_the_icon_and_source_link_to_that_commit()
    {
        var work = Directory.CreateTempSubdirectory("totvs-sdk-release-");
        var clone = Path.Combine(work.FullName, "repo");
        var feed = Path.Combine(work.FullName, "feed");
        await PackagingTests.RunAsync(work.FullName, "git", $"clone -q {PackagingTests.RepositoryRoot()} {clone}");
        await PackagingTests.RunAsync(clone, "git", $"remote set-url origin {Repository}");
        await PackagingTests.RunAsync(clone, "git", "tag v0.9.1");
        var commit = (await PackagingTests.RunAsync(clone, "git", "rev-parse HEAD")).Trim();

        await PackagingTests.RunAsync(clone, "dotnet", $"pack src/Totvs.Ecommerce.Sdk/Totvs.Ecommerce.Sdk.csproj -c Release -o {feed} -p:ContinuousIntegrationBuild=true");

        using (var package = ZipFile.OpenRead(Path.Combine(feed, "Totvs.Ecommerce.Sdk.0.9.1.nupkg"))) // the tag's version
        {
            Assert.NotNull(package.GetEntry("package-icon.png"));
            using var nuspec = new StreamReader(package.GetEntry("Totvs.Ecommerce.Sdk.nuspec")!.Open());
            var metadata = XDocument.Parse(await nuspec.ReadToEndAsync()).Descendants().ToList();
            Assert.Equal("package-icon.png", metadata.Single(e => e.Name.LocalName == "icon").Value);
            var repository = metadata.Single(e => e.Name.LocalName == "repository");
            Assert.Equal(Repository, (string?)repository.Attribute("url"));
            Assert.Equal(commit, (string?)repository.Attribute("commit"));
        }

        using (var symbols = ZipFile.OpenRead(Path.Combine(feed, "Totvs.Ecommerce.Sdk.0.9.1.snupkg")))
        {
            await using var pdb = new MemoryStream();
            await using (var entry = symbols.GetEntry("lib/net10.0/Totvs.Ecommerce.Sdk.pdb")!.Open())
            {
                await entry.CopyToAsync(pdb);
            }

            pdb.Position = 0;
            Assert.Contains($"https://raw.githubusercontent.com/totvs-ecommerce-sdk/Totvs.Ecommerce.Sdk/{commit}/*", SourceLinkOf(pdb), StringComparison.Ordinal);
        }

        // A commit after the tag is a pre-release of the next patch, never the tag's version again.
        await PackagingTests.RunAsync(clone, "git", "-c user.email=ci@example.com -c user.name=ci commit -q --allow-empty -m next");
        var next = await PackagingTests.RunAsync(clone, "dotnet", "msbuild src/Totvs.Ecommerce.Sdk/Totvs.Ecommerce.Sdk.csproj -t:MinVer -getProperty:MinVerVersion");
        Assert.Equal("0.9.2-preview.0.1", next.Trim());
        work.Delete(recursive: true);
    }

    private static string SourceLinkOf(Stream pdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb, MetadataStreamOptions.LeaveOpen);
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.CustomDebugInformation)
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == SourceLinkKind)
            {
                return Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        return string.Empty; // no Source Link: the assertion names what is missing
    }
}
