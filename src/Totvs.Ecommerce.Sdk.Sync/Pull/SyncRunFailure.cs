using System.Text.Json.Serialization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>Why the last run of an incremental pull failed, kept in its checkpoint until a run finishes (for an operator's screen).</summary>
public sealed record SyncRunFailure : ITotvsProblem
{
    /// <summary>When it failed.</summary>
    [JsonPropertyName("at")]
    public Instant At { get; init; }

    /// <summary>The ERP's code, the HTTP status, or the local error's type.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The exception's message (the SDK's messages carry no secret and no personal data).</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>As a problem: a run's failure is about no one field.</summary>
    string? ITotvsProblem.Target => null;
}
