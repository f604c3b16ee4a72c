using System.Runtime.ExceptionServices;
using NodaTime;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// One run of <see cref="DocumentSyncLedger.ProcessDueAsync"/>: claims due documents a batch at a time and sends them
/// with the adaptive limit of <c>Orders.CreateManyAsync</c> — a place for each document, the SDK's calls made under it
/// reported to the limit — while a keeper renews the claims of the documents waiting or in flight.
/// </summary>
internal sealed class PacedDocumentRun
{
    private readonly DocumentSyncLedger ledger;
    private readonly Func<string, CancellationToken, Task> send;
    private readonly IProgress<DocumentSyncStatus>? progress;
    private readonly HeldClaims claims;
    private readonly AdaptiveConcurrencyLimit limit;
    private readonly object counting = new();
    private int synced;
    private int failed;
    private int givenUp;
    private int conflicts;

    public PacedDocumentRun(DocumentSyncLedger ledger, Func<string, CancellationToken, Task> send, IProgress<DocumentSyncStatus>? progress)
    {
        this.ledger = ledger;
        this.send = send;
        this.progress = progress;
        var options = ledger.Options;
        claims = new HeldClaims(ledger.Store, ledger.Kind, options.Holder, Duration.FromTimeSpan(options.ClaimDuration), ledger.Now);
        var pace = options.Pace;
        limit = new AdaptiveConcurrencyLimit(
            pace.InitialConcurrency, 1, pace.MaxConcurrency, pace.AdaptToErp, pace.DecreaseFactor, pace.SlowdownFactor, options.TimeProvider);
    }

    /// <summary>How many documents may be in flight now (for tests).</summary>
    internal int Limit => limit.Limit;

    public async Task<DocumentRunResult> RunAsync(int batchSize, CancellationToken cancellationToken)
    {
        var running = new List<Task>();
        var waiting = new Queue<string>();
        using var stopKeeping = new CancellationTokenSource();
        var keeper = KeepClaimsAliveAsync(stopKeeping.Token);
        ExceptionDispatchInfo? stopped = null;
        try
        {
            while (true)
            {
                foreach (var key in await claims.ClaimAsync(batchSize, cancellationToken).ConfigureAwait(false))
                {
                    waiting.Enqueue(key);
                }

                if (waiting.Count == 0)
                {
                    break;
                }

                // The next batch is claimed as soon as this one has all started, not when it has finished: K stay in flight.
                while (waiting.TryPeek(out var key))
                {
                    await claims.KeepAliveAsync().ConfigureAwait(false); // the documents before took long: the ones waiting keep their claims
                    var place = await limit.AcquireAsync(cancellationToken).ConfigureAwait(false);
                    waiting.Dequeue();
                    running.Add(SendOneAsync(key, place, cancellationToken));
                    running.RemoveAll(task => task.IsCompletedSuccessfully);
                }
            }
        }
        catch (Exception ex)
        {
            stopped = ExceptionDispatchInfo.Capture(ex);
            try
            {
                await claims.ReleaseAsync(waiting).ConfigureAwait(false);
            }
            catch (Exception) when (stopped is not null)
            {
                // The store is down too: the claims not started expire on their own; the run's own stop is what surfaces.
            }
        }

        var all = Task.WhenAll(running);
        try
        {
            await all.ConfigureAwait(false);
        }
        catch when (stopped is not null || all.Exception is null)
        {
            // The run's own stop is what the caller meets; the sends it cut short released their claims.
        }
        finally
        {
            await stopKeeping.CancelAsync().ConfigureAwait(false);
            await keeper.ConfigureAwait(false);
        }

        stopped?.Throw();
        cancellationToken.ThrowIfCancellationRequested(); // sends ended by the token, after the last claim
        if (all.Exception?.InnerExceptions is [var first, ..])
        {
            ExceptionDispatchInfo.Throw(first); // the ledger's store failed under a send: the outcome could not be recorded
        }

        return new DocumentRunResult(ledger.Kind, synced, failed, givenUp, conflicts);
    }

    private async Task SendOneAsync(string key, AdaptiveConcurrencyLimit.Lease place, CancellationToken cancellationToken)
    {
        using (place)
        {
            CallObserver.Current = place.Observe; // this flow only: the SDK's calls made by the send tell the limit how the ERP copes
            if (await claims.StartAsync(key).ConfigureAwait(false) is not { } started)
            {
                Count(null);
                return;
            }

            var outcome = await ledger.SendStartedAsync(started, ct => send(key, ct), claims.FinishAsync, () => claims.ReleaseAsync([key]), cancellationToken)
                .ConfigureAwait(false);
            Count(outcome);
        }
    }

    private void Count(DocumentSyncStatus? outcome)
    {
        lock (counting)
        {
            _ = outcome?.State switch
            {
                null => conflicts++,
                DocumentSyncState.Synced => synced++,
                DocumentSyncState.GivenUp => givenUp++,
                _ => failed++,
            };
            if (outcome is not null)
            {
                progress?.Report(outcome);
            }
        }
    }

    /// <summary>Renews the held claims a few times per claim duration until the run ends; a store that fails is tried again next time.</summary>
    private async Task KeepClaimsAliveAsync(CancellationToken stop)
    {
        var period = ledger.Options.ClaimDuration / 3;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, ledger.Options.TimeProvider, stop).ConfigureAwait(false);
                await claims.KeepAliveAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store is unreachable right now; the claims still hold for a while, and the next turn tries again.
            }
        }
    }
}
