namespace TotvsConnector;

/// <summary>
/// Counts the services' cycles and logs what each did. With <see cref="ConnectorOptions.RunOnce"/>, stops the application
/// once every service ran one cycle, and prints what the cycle did; a failed cycle makes the exit code 1.
/// </summary>
public sealed partial class ConnectorCycle(IHostApplicationLifetime lifetime, Microsoft.Extensions.Options.IOptions<ConnectorOptions> options, ILogger<ConnectorCycle> logger)
{
    /// <summary>The services that report a cycle: the catalog pull, the order intake, the status feedback.</summary>
    public const int Services = 3;

    private readonly Lock sync = new();
    private readonly Dictionary<string, string> done = new(StringComparer.Ordinal);

    public void Completed(string service, string summary)
    {
        LogCompleted(logger, service, summary);
        Report(service, summary, failed: false);
    }

    public void Failed(string service, Exception exception)
    {
        LogFailed(logger, service, exception);
        Report(service, $"failed ({exception.GetType().Name})", failed: true);
    }

    private void Report(string service, string summary, bool failed)
    {
        if (!options.Value.RunOnce)
        {
            return;
        }

        lock (sync)
        {
            if (failed)
            {
                Environment.ExitCode = 1;
            }

            done[service] = summary;
            if (done.Count < Services)
            {
                return;
            }

            Console.WriteLine($"cycle complete: {string.Join("; ", done.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key} {d.Value}"))}");
        }

        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Service}: cycle done: {Summary}")]
    private static partial void LogCompleted(ILogger logger, string service, string summary);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Service}: the cycle failed; the next one resumes from the saved state")]
    private static partial void LogFailed(ILogger logger, string service, Exception exception);
}
