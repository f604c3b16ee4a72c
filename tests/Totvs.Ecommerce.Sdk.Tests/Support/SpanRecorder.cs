using System.Collections.Concurrent;
using System.Diagnostics;
using Totvs.Ecommerce.Sdk.Diagnostics;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>Records every span of the SDK's activity source that stops while it listens.</summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<Activity> spans = new();

    public SpanRecorder()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TotvsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public IReadOnlyList<Activity> Spans => spans.ToArray();

    public void Dispose() => listener.Dispose();
}
