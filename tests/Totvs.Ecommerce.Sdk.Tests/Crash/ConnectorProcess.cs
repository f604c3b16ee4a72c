using System.Diagnostics;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Crash;

/// <summary>A run of tests/Totvs.Ecommerce.Sdk.ConnectorProcess: started, read line by line, killed with SIGKILL or awaited.</summary>
internal sealed class ConnectorProcess : IDisposable
{
    private static readonly string Assembly = Path.Combine(
        RepositoryPaths.Root, "tests", "Totvs.Ecommerce.Sdk.ConnectorProcess", "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "Totvs.Ecommerce.Sdk.ConnectorProcess.dll");

    private readonly Process process;
    private readonly Task<string> errors;

    private ConnectorProcess(Process process)
    {
        this.process = process;
        errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Progress lines read so far.</summary>
    public int Lines { get; private set; }

    public static ConnectorProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ConnectorProcess(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Assembly}."));
    }

    /// <summary>Reads progress lines until <paramref name="count"/> were read in all, or the process ended.</summary>
    /// <returns>Whether the count was reached (false: the process ended first).</returns>
    public async Task<bool> ReadLinesAsync(int count, CancellationToken cancellationToken)
    {
        while (Lines < count)
        {
            if (await process.StandardOutput.ReadLineAsync(cancellationToken) is null)
            {
                return false;
            }

            Lines++;
        }

        return true;
    }

    /// <summary>Reads progress lines until one is <paramref name="marker"/>.</summary>
    /// <returns>Whether it came (false: the process ended first).</returns>
    public async Task<bool> ReadUntilAsync(string marker, CancellationToken cancellationToken)
    {
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            Lines++;
            if (line == marker)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves the connector's clock ahead (its claims and leases expire on it): a fake clock across processes.</summary>
    public async Task AdvanceClockAsync(TimeSpan by)
    {
        await process.StandardInput.WriteLineAsync($"advance {by.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        await process.StandardInput.FlushAsync();
    }

    /// <summary>Kills the process with SIGKILL, between whatever two lines of code it was running.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself.</summary>
    /// <returns>Its exit code and standard error.</returns>
    public async Task<(int ExitCode, string Errors)> WaitAsync(CancellationToken cancellationToken)
    {
        while (await ReadLinesAsync(int.MaxValue, cancellationToken))
        {
        }

        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await errors);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
