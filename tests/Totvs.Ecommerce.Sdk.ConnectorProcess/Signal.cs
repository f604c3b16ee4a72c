namespace Totvs.Ecommerce.Sdk.ConnectorProcess;

/// <summary>Something that happens again and again (an order recorded, the clock moved): wait for its next occurrence.</summary>
internal sealed class Signal
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task NextAsync() => Volatile.Read(ref next).Task;

    public void Pulse() => Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
