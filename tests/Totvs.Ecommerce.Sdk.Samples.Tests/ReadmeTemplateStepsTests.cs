using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// The README's template steps, run exactly as written — the lines of its <c>template-steps</c> block, in bash — in a
/// fresh clone of the repository (with the working tree's changes), as a newcomer runs them: the connector they create
/// restores and runs a cycle. The repository's own files are left as they were.
/// </summary>
[Collection(DotnetBuildsCollection.Name)]
public sealed partial class ReadmeTemplateStepsTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("totvs-readme-steps-");

    [Fact]
    public async Task The_READMEs_template_steps_run_as_written_from_a_fresh_clone_give_a_connector_that_restores_and_runs()
    {
        var root = PackagingTests.RepositoryRoot();
        var steps = TemplateSteps().Match(await File.ReadAllTextAsync(Path.Combine(root, "README.md")));
        Assert.True(steps.Success, "README.md has no <!-- template-steps --> block followed by a ```bash block.");
        var clone = Path.Combine(work.FullName, "Sdk");
        await PackagingTests.RunAsync(work.FullName, "git", $"clone --quiet --no-hardlinks {root} {clone}");
        foreach (var file in (await PackagingTests.RunAsync(root, "git", "ls-files -z --cached --others --exclude-standard")).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = Path.Combine(root, file);
            if (File.Exists(source))
            {
                var target = Path.Combine(clone, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target, overwrite: true); // the working tree as it is now, committed or not
            }
        }

        var run = await RunBashAsync(clone, steps.Groups["lines"].Value);

        Assert.True(run.ExitCode == 0, $"The README's steps failed ({run.ExitCode}):\n{run.Output}");
        Assert.Contains("cycle complete: catalog 2 families", run.Output, StringComparison.Ordinal);
        Assert.Contains("totvs-local", await File.ReadAllTextAsync(Path.Combine(work.FullName, "Acme.Connector", "nuget.config")), StringComparison.Ordinal);
        Assert.Equal(string.Empty, await PackagingTests.RunAsync(clone, "git", "status --porcelain -- nuget.config")); // the clone's own config untouched
    }

    public void Dispose() => work.Delete(recursive: true);

    /// <summary>
    /// Runs the lines in bash, stopping at the first that fails, with a private dotnet home (its template cache) and a
    /// private NuGet cache (nothing packed before at the same version is taken for these packages).
    /// </summary>
    private async Task<(int ExitCode, string Output)> RunBashAsync(string folder, string lines)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-euo");
        start.ArgumentList.Add("pipefail");
        start.Environment["DOTNET_CLI_HOME"] = Directory.CreateDirectory(Path.Combine(work.FullName, "home")).FullName;
        start.Environment["NUGET_PACKAGES"] = Directory.CreateDirectory(Path.Combine(work.FullName, "nuget-packages")).FullName;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(lines);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(15)); // a guard, not a wait
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"<!-- template-steps -->\s*```bash\n(?<lines>.*?)```", RegexOptions.Singleline)]
    private static partial Regex TemplateSteps();
}
