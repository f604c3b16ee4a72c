namespace TotvsConnector;

/// <summary>
/// A hosted service that runs a cycle on a timer: once at start, then every interval (or only once with
/// <see cref="ConnectorOptions.RunOnce"/>). A failed cycle is logged and the next one resumes from the durable state:
/// nothing is lost, nothing is sent twice.
/// </summary>
public abstract class ConnectorService(ConnectorCycle cycle, TimeProvider timeProvider) : BackgroundService
{
    /// <summary>The service's name in logs and in the cycle summary.</summary>
    protected abstract string Name { get; }

    /// <summary>How long between two cycles.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Whether to stop after the first cycle.</summary>
    protected abstract bool RunOnce { get; }

    /// <summary>Runs one cycle and says what it did.</summary>
    protected abstract Task<string> RunCycleAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            try
            {
                cycle.Completed(Name, await RunCycleAsync(stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                cycle.Failed(Name, ex);
            }
        }
        while (!RunOnce && await timer.WaitForNextTickAsync(stoppingToken));
    }
}
