using System.Diagnostics;
using System.Text;

namespace Totvs.Ecommerce.Sdk.Samples.Tests;

/// <summary>
/// The totvs-fake-datasul command as a process: started, its address read from the first line it prints, its health
/// asked once (no polling: the line is printed once it listens), stopped with SIGTERM as <c>docker stop</c> would.
/// </summary>
internal sealed class ToolProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<string> firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ToolProcess(Process process) => this.process = process;

    public Uri Address { get; private set; } = null!;

    /// <summary>From the process start to its health endpoint's 200.</summary>
    public TimeSpan TimeToHealthy { get; private set; }

    public static async Task<ToolProcess> StartAsync(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        var started = Stopwatch.GetTimestamp();
        var tool = new ToolProcess(Process.Start(start)!);
        tool.process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                tool.firstLine.TrySetException(new InvalidOperationException($"The tool ended before printing its address:\n{tool.Output}"));
                return;
            }

            lock (tool.output)
            {
                tool.output.AppendLine(e.Data);
            }

            tool.firstLine.TrySetResult(e.Data);
        };
        tool.process.ErrorDataReceived += (_, e) =>
        {
            lock (tool.output)
            {
                tool.output.AppendLine(e.Data);
            }
        };
        tool.process.BeginOutputReadLine();
        tool.process.BeginErrorReadLine();

        var line = await tool.firstLine.Task.WaitAsync(TimeSpan.FromSeconds(60)); // a guard, not a wait
        tool.Address = new Uri(line["Fake Datasul listening on ".Length..]);
        using var http = new HttpClient();
        using var health = await http.GetAsync(new Uri(tool.Address, "__admin/health"));
        tool.TimeToHealthy = Stopwatch.GetElapsedTime(started);
        health.EnsureSuccessStatusCode();
        return tool;
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Sends SIGTERM and waits for a clean exit (code 0); returns everything the tool printed.</summary>
    public async Task<string> StopWithSigtermAsync()
    {
        await PackagingTests.RunAsync(Path.GetTempPath(), "kill", $"-TERM {process.Id}");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30)); // a guard: SIGTERM ignored would hang here
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}:\n{Output}");
        return Output;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
