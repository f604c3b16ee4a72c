using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// A Generic Host service that re-sends due documents of a ledger every <see cref="DocumentReprocessingOptions.Interval"/>:
/// pending ones, transient failures soon, business rejections slowly until the ERP is fixed. Run it on every replica;
/// claims keep them from sending one document twice. A failed run (the database unreachable) is logged and retried at the
/// next interval; it never stops the host.
/// </summary>
public sealed partial class DocumentReprocessingService : BackgroundService
{
    private readonly DocumentSyncLedger ledger;
    private readonly Func<string, CancellationToken, Task> send;
    private readonly DocumentReprocessingOptions options;
    private readonly ILogger logger;

    /// <summary>Creates the service.</summary>
    /// <param name="ledger">The ledger to reprocess.</param>
    /// <param name="send">Sends a document by its key (with the ERP's natural key, so a repeat finds it instead of creating it twice).</param>
    /// <param name="options">Interval, batch size and progress callback.</param>
    /// <param name="logger">Where runs are logged (document keys and error codes only; never document contents).</param>
    public DocumentReprocessingService(
        DocumentSyncLedger ledger, Func<string, CancellationToken, Task> send, DocumentReprocessingOptions options, ILogger<DocumentReprocessingService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Interval, TimeSpan.Zero, nameof(options));
        this.ledger = ledger;
        this.send = send;
        this.options = options;
        this.logger = logger ?? NullLogger<DocumentReprocessingService>.Instance;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DocumentRunResult? result = null;
            try
            {
                result = await ledger.ProcessDueAsync(send, options.BatchSize, null, stoppingToken).ConfigureAwait(false);
                if (result.Processed > 0)
                {
                    LogRun(logger, ledger.Kind, result.Synced, result.Failed, result.GivenUp, result.Conflicts);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRunFailed(logger, ledger.Kind, ex);
            }

            // The pause starts when the run ends, before the run is reported: whoever reacts to the report sees the next run scheduled.
            var pause = Task.Delay(options.Interval, options.TimeProvider, stoppingToken);
            if (result is not null)
            {
                options.Progress?.Report(result);
            }

            try
            {
                await pause.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Reprocessed {Kind}: {Synced} synced, {Failed} failed, {GivenUp} given up, {Conflicts} taken over by another replica.")]
    private static partial void LogRun(ILogger logger, string kind, int synced, int failed, int givenUp, int conflicts);

    [LoggerMessage(2, LogLevel.Error, "Reprocessing {Kind} failed; it runs again at the next interval.")]
    private static partial void LogRunFailed(ILogger logger, string kind, Exception exception);
}
