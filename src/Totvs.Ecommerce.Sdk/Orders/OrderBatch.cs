using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// Sends a batch of orders with a bounded, adaptive number in flight: a sender takes a place from the limit for each
/// order, creates it under that place (every call it makes is reported to the limit), and hands over its outcome.
/// </summary>
internal static class OrderBatch
{
    public static async IAsyncEnumerable<OrderBatchOutcome> RunAsync(
        Func<Order, CancellationToken, Task<CreationResult<Order>>> create,
        IEnumerable<Order> orders,
        OrderBatchOptions options,
        TimeProvider time,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var limit = new AdaptiveConcurrencyLimit(
            options.InitialConcurrency, 1, options.MaxConcurrency, options.AdaptToErp, options.DecreaseFactor, options.SlowdownFactor, time);
        // At most K outcomes wait for the caller: a caller that reads slowly slows the batch instead of piling outcomes up.
        var outcomes = Channel.CreateBounded<OrderBatchOutcome>(new BoundedChannelOptions(options.MaxConcurrency) { SingleReader = true });
        using var stopStarting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sender = Task.Run(() => SendAllAsync(create, orders, limit, outcomes.Writer, stopStarting.Token, cancellationToken), CancellationToken.None);
        try
        {
            await foreach (var outcome in outcomes.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }
        }
        finally
        {
            // Stopped reading (or done): no further order starts; the ones in flight finish, or end with the caller's token,
            // and their outcomes are let go (the sender completes the channel once the last has ended).
            await stopStarting.CancelAsync().ConfigureAwait(false);
            while (await WaitToReadAsync(outcomes.Reader).ConfigureAwait(false))
            {
                outcomes.Reader.TryRead(out _);
            }

            await sender.ConfigureAwait(false);
        }
    }

    private static async Task SendAllAsync(
        Func<Order, CancellationToken, Task<CreationResult<Order>>> create, IEnumerable<Order> orders, AdaptiveConcurrencyLimit limit,
        ChannelWriter<OrderBatchOutcome> outcomes, CancellationToken stopStarting, CancellationToken cancellationToken)
    {
        var running = new List<Task>();
        Exception? failure = null;
        try
        {
            var index = 0;
            foreach (var order in orders)
            {
                var lease = await limit.AcquireAsync(stopStarting).ConfigureAwait(false);
                running.Add(SendOneAsync(create, order, index++, lease, limit, outcomes, cancellationToken));
                if (running.Count > 2 * OrderBatchOptions.MostConcurrency)
                {
                    running.RemoveAll(task => task.IsCompleted);
                }
            }
        }
        catch (OperationCanceledException) when (stopStarting.IsCancellationRequested)
        {
            // The caller stopped reading or cancelled: nothing more starts.
        }
        catch (Exception ex)
        {
            failure = ex; // the batch itself could not be read: the caller meets it after the outcomes before it
        }
        finally
        {
            await Task.WhenAll(running).ConfigureAwait(false);
            outcomes.TryComplete(failure);
        }
    }

    /// <summary>Whether more outcomes come; a batch that ended on a failure has nothing more either.</summary>
    private static async ValueTask<bool> WaitToReadAsync(ChannelReader<OrderBatchOutcome> reader)
    {
        try
        {
            return await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            return false; // the failure the channel was completed with was the caller's to meet, and was met (or let go)
        }
    }

    /// <summary>Creates one order under its place and hands over the outcome; never throws.</summary>
    private static async Task SendOneAsync(
        Func<Order, CancellationToken, Task<CreationResult<Order>>> create, Order order, int index, AdaptiveConcurrencyLimit.Lease lease,
        AdaptiveConcurrencyLimit limit, ChannelWriter<OrderBatchOutcome> outcomes, CancellationToken cancellationToken)
    {
        using (lease)
        {
            CallObserver.Current = lease.Observe; // this flow only: set inside this async method, gone when it returns
            CreationResult<Order>? result = null;
            Exception? failure = null;
            try
            {
                result = await create(order, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return; // abandoned with the batch: no outcome, and sending it again is safe
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            var outcome = result is not null
                ? OrderBatchOutcome.Created(index, order, result, limit.Limit)
                : OrderBatchOutcome.Failed(index, order, failure!, limit.Limit);

            // Holding the place while the caller catches up: no new order starts meanwhile.
            await outcomes.WriteAsync(outcome, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
