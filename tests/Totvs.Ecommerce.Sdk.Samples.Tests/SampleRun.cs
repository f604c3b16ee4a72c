using Spectre.Console;

namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>Runs a sample with a console that records what a person would read.</summary>
internal static class SampleRun
{
    public static async Task<(int ExitCode, string Output)> RunAsync(Func<string[], IAnsiConsole, Task<int>> sample, params string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 400;
        var exitCode = await sample(args, console);
        return (exitCode, writer.ToString());
    }
}
