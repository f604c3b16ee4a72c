using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>What an incremental run did.</summary>
/// <param name="Records">Records handed to the handler in this run.</param>
/// <param name="Pages">Pages read in this run.</param>
/// <param name="Resumed">Whether the run resumed an interrupted one.</param>
/// <param name="Watermark">The <c>lastUpdate</c> the next run starts from.</param>
public sealed record SyncRunResult(long Records, int Pages, bool Resumed, Instant Watermark)
{
    /// <summary>Whether the run did not happen because another replica holds the pull's lease (it is running the pull).</summary>
    public bool Skipped { get; init; }
}
