using System.Text.Json.Serialization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>The last finished run of an incremental pull, kept in its checkpoint for an operator's screen.</summary>
public sealed record SyncRunRecord
{
    /// <summary>When the run started (for a resumed run, when the interrupted one started).</summary>
    [JsonPropertyName("startedAt")]
    public Instant StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    [JsonPropertyName("finishedAt")]
    public Instant FinishedAt { get; init; }

    /// <summary>Records handed to the handler by the process that finished it.</summary>
    [JsonPropertyName("records")]
    public long Records { get; init; }

    /// <summary>Pages read by the process that finished it.</summary>
    [JsonPropertyName("pages")]
    public int Pages { get; init; }

    /// <summary>Whether it resumed an interrupted run.</summary>
    [JsonPropertyName("resumed")]
    public bool Resumed { get; init; }

    /// <summary>How long it took, from start to finish.</summary>
    [JsonIgnore]
    public Duration Duration => FinishedAt - StartedAt;
}
