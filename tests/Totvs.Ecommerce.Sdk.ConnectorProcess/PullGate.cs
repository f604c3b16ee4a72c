/// <summary>
/// Lets the pull run only while the order loop works. When the replica tells the test it is idle, no pull is in progress
/// and none starts until the loop resumes (after the clock moved): the test's clock jumps, longer than a lease, never land
/// in the middle of a run, where they would hand the lease to another replica while this one still pulls.
/// </summary>
internal sealed class PullGate
{
    private readonly SemaphoreSlim running = new(1, 1);
    private volatile TaskCompletionSource open = Opened();

    /// <summary>Waits until runs are allowed and none is in progress; dispose the result when the run ends.</summary>
    public async Task<IDisposable> EnterRunAsync()
    {
        while (true)
        {
            await open.Task;
            await running.WaitAsync();
            if (open.Task.IsCompleted)
            {
                return new Run(running);
            }

            running.Release(); // closed meanwhile: wait for the next opening
        }
    }

    /// <summary>No run starts from now on; returns once the run in progress, if any, has ended.</summary>
    public async Task CloseAsync()
    {
        open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await running.WaitAsync();
        running.Release();
    }

    /// <summary>Runs may start again.</summary>
    public void Open() => open.TrySetResult();

    private static TaskCompletionSource Opened()
    {
        var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        opened.SetResult();
        return opened;
    }

    private sealed class Run(SemaphoreSlim running) : IDisposable
    {
        public void Dispose() => running.Release();
    }
}
