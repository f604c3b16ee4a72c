using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace Totvs.Ecommerce.Sdk.Samples.Tests.EndToEnd;

/// <summary>
/// The generated connector as its own process (<c>dotnet Acme.Connector.dll …</c>), as an operator runs it: its output
/// read line by line, killed with SIGKILL at a chosen moment or stopped with SIGTERM.
/// </summary>
internal sealed class ConnectorRun : IAsyncDisposable
{
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder tail = new();

    private ConnectorRun(Process process) => this.process = process;

    public static ConnectorRun Start(string connectorFolder, IEnumerable<string> arguments)
    {
        var dll = Directory.GetFiles(Path.Combine(connectorFolder, "bin"), "Acme.Connector.dll", SearchOption.AllDirectories).Single();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = connectorFolder };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        var run = new ConnectorRun(Process.Start(start)!);
        run.process.OutputDataReceived += (_, e) => run.Receive(e.Data);
        run.process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                run.Receive("stderr: " + e.Data); // the end of the output is told by standard output's end alone
            }
        };
        run.process.BeginOutputReadLine();
        run.process.BeginErrorReadLine();
        return run;
    }

    /// <summary>The last lines it printed, for a failure's message.</summary>
    public string Tail
    {
        get
        {
            lock (tail)
            {
                return tail.ToString();
            }
        }
    }

    /// <summary>Reads lines until one matches; false when the process ended first.</summary>
    public async Task<bool> WaitForLineAsync(Func<string, Task<bool>> matches, CancellationToken cancellationToken)
    {
        while (await lines.Reader.WaitToReadAsync(cancellationToken))
        {
            while (lines.Reader.TryRead(out var line))
            {
                if (await matches(line))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reads <paramref name="count"/> lines (the connector at work); false when the process ended first.</summary>
    public Task<bool> ReadLinesAsync(int count, CancellationToken cancellationToken)
    {
        var seen = 0;
        return WaitForLineAsync(_ => Task.FromResult(++seen >= count), cancellationToken);
    }

    /// <summary>SIGKILL: the process dies between any two instructions, nothing flushed or released.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as <c>docker stop</c>: the host stops its services; returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", $"-TERM {process.Id}");
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60)); // a guard: SIGTERM ignored would hang here
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            lines.Writer.TryComplete();
            return;
        }

        lock (tail)
        {
            tail.AppendLine(line);
            if (tail.Length > 20_000)
            {
                tail.Remove(0, tail.Length - 20_000);
            }
        }

        lines.Writer.TryWrite(line);
    }
}
