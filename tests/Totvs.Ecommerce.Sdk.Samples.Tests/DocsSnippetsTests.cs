using System.Text.RegularExpressions;

namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// Every snippet of docs/ is the code of a <c>// snippet: name</c> region in samples/Snippets, which compiles with
/// the solution: a snippet that stops compiling fails the build, one that drifts from its source fails here.
/// </summary>
public sealed partial class DocsSnippetsTests
{
    [Theory]
    [InlineData("getting-started.md", "GettingStarted.cs")]
    [InlineData("connector-recipes.md", "ConnectorRecipes.cs")]
    [InlineData("purchases-and-sales.md", "PurchasesAndSales.cs")]
    public void Each_snippet_in_the_docs_is_the_compiled_code(string page, string source)
    {
        var root = PackagingTests.RepositoryRoot();
        var doc = File.ReadAllText(Path.Combine(root, "docs", page));
        var code = File.ReadAllText(Path.Combine(root, "samples", "Snippets", source));
        var regions = Region().Matches(code).ToDictionary(m => m.Groups["name"].Value, m => Normalize(m.Groups["code"].Value));
        var shown = DocSnippet().Matches(doc).ToList();

        Assert.NotEmpty(shown);
        foreach (Match snippet in shown)
        {
            var name = snippet.Groups["name"].Value;
            Assert.True(regions.ContainsKey(name), $"docs/{page} shows snippet '{name}', which samples/Snippets/{source} does not have.");
            Assert.Equal(regions[name], Normalize(snippet.Groups["code"].Value));
        }
    }

    private static string Normalize(string code) => string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"// snippet: (?<name>\S+)\n(?<code>.*?)\n\s*// end-snippet", RegexOptions.Singleline)]
    private static partial Regex Region();

    [GeneratedRegex(@"<!-- snippet: (?<name>\S+) -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex DocSnippet();
}
