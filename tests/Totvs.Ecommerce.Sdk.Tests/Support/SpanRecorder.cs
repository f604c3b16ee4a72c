using System.Collections.Concurrent;
using System.Diagnostics;
using Totvs.Ecommerce.Sdk.Diagnostics;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>
/// Records the SDK's spans made by this test only. Tests run in parallel and every listener sees every span, so the
/// recorder opens a root span of its own (current for the rest of the test's async flow) and keeps only the SDK spans
/// of that trace: a span with the same name from another test, against another server, is never counted.
/// </summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<Activity> spans = new();
    private readonly Activity root;

    public SpanRecorder()
    {
        var trace = ActivityTraceId.CreateRandom();
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TotvsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                if (span.Source.Name == TotvsTelemetry.Name && span.TraceId == trace)
                {
                    spans.Enqueue(span);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        // A plain Activity (no source) becomes current whatever the listeners sample: the root needs no listener.
        root = new Activity("test").SetParentId(trace, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start();
    }

    public IReadOnlyList<Activity> Spans => spans.ToArray();

    public void Dispose()
    {
        root.Dispose();
        listener.Dispose();
    }
}
