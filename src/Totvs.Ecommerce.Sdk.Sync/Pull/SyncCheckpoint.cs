using System.Text.Json.Serialization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Where an incremental pull stands: the <c>lastUpdate</c> watermark of the last finished run and, while a
/// run is under way, the instant it started and the next page to read (so a crash between pages resumes there).
/// </summary>
public sealed record SyncCheckpoint
{
    /// <summary>Records changed at or after this instant are pulled by the next run; <see langword="null"/> before the first full pull.</summary>
    [JsonPropertyName("changedSince")]
    public Instant? ChangedSince { get; init; }

    /// <summary>When the unfinished run started (it becomes the watermark when the run finishes); <see langword="null"/> when no run is under way.</summary>
    [JsonPropertyName("runStartedAt")]
    public Instant? RunStartedAt { get; init; }

    /// <summary>
    /// The ERP's clock (its answers' <c>Date</c> header) when the unfinished run read its first page: the next watermark
    /// is never later than this less the overlap, so a change the ERP makes during the run, or while a crashed run is down,
    /// is pulled by the next run whatever page it is on. <see langword="null"/> when no run is under way or the ERP sends
    /// no <c>Date</c>.
    /// </summary>
    [JsonPropertyName("serverRunStartedAt")]
    public Instant? ServerRunStartedAt { get; init; }

    /// <summary>
    /// The records (key and change time) the unfinished run has delivered so far at or after its provisional watermark:
    /// a resumed run carries them on, so the next run does not deliver the pages before the resume point again. Not kept
    /// past 5,000 versions (a first pull of a catalog stamped all at once): those may then come again.
    /// </summary>
    [JsonPropertyName("deliveredInRun")]
    public IReadOnlyList<string>? DeliveredInRun { get; init; }

    /// <summary>The next page of the unfinished run.</summary>
    [JsonPropertyName("nextPage")]
    public int? NextPage { get; init; }

    /// <summary>
    /// The records (key and change time) the last run delivered within the overlap before <see cref="ChangedSince"/>:
    /// the next run asks for them again (the overlap covers late commits in the ERP) and drops these exact versions.
    /// </summary>
    [JsonPropertyName("deliveredAtEdge")]
    public IReadOnlyList<string>? DeliveredAtEdge { get; init; }

    /// <summary>The greatest <c>lastUpdate</c> the unfinished run has received so far.</summary>
    [JsonPropertyName("latestSeen")]
    public Instant? LatestSeen { get; init; }

    /// <summary>The last finished run (when, how many records, how long); <see langword="null"/> before the first one.</summary>
    [JsonPropertyName("lastRun")]
    public SyncRunRecord? LastRun { get; init; }

    /// <summary>Why the last run failed, until a run finishes; <see langword="null"/> when none failed since.</summary>
    [JsonPropertyName("lastFailure")]
    public SyncRunFailure? LastFailure { get; init; }

    /// <summary>Whether a run was interrupted and will resume.</summary>
    [JsonIgnore]
    public bool IsRunInProgress => RunStartedAt is not null;
}
