namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// Collects the <see cref="TotvsResponse"/> of every call made in its scope (this async flow and what it awaits), for a
/// caller who wants the status, headers or request id of a call that returns only a record:
/// <code>
/// using var capture = TotvsResponseCapture.Start();
/// var order = await client.Orders.GetAsync(42);
/// logger.LogInformation("Datasul request id {Id}", capture.Last?.RequestId);
/// </code>
/// Outside a capture the SDK builds no response object for such calls. Thread-safe.
/// </summary>
public sealed class TotvsResponseCapture : IDisposable
{
    private static readonly AsyncLocal<TotvsResponseCapture?> Active = new();

    private readonly TotvsResponseCapture? outer;
    private readonly List<TotvsResponse> responses = [];
    private readonly Lock sync = new();

    private TotvsResponseCapture(TotvsResponseCapture? outer) => this.outer = outer;

    /// <summary>The responses captured so far, in the order they arrived.</summary>
    public IReadOnlyList<TotvsResponse> Responses
    {
        get
        {
            lock (sync)
            {
                return responses.ToArray();
            }
        }
    }

    /// <summary>The last response captured, or <see langword="null"/>.</summary>
    public TotvsResponse? Last
    {
        get
        {
            lock (sync)
            {
                return responses.Count == 0 ? null : responses[^1];
            }
        }
    }

    /// <summary>The capture in effect here, if any.</summary>
    internal static TotvsResponseCapture? Current => Active.Value;

    /// <summary>Starts capturing in the current async flow; dispose to stop (an outer capture, if any, resumes).</summary>
    /// <returns>The capture.</returns>
    public static TotvsResponseCapture Start()
    {
        var capture = new TotvsResponseCapture(Active.Value);
        Active.Value = capture;
        return capture;
    }

    /// <summary>Stops capturing; the responses stay readable.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(Active.Value, this))
        {
            Active.Value = outer;
        }
    }

    internal void Add(TotvsResponse response)
    {
        lock (sync)
        {
            responses.Add(response);
        }

        outer?.Add(response);
    }
}
