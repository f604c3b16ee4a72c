namespace Totvs.Ecommerce.Sdk.Testing.Faults;

/// <summary>What a fault does to a request.</summary>
internal enum FaultKind
{
    /// <summary>Answer a bare status (no error body), optionally with <c>Retry-After</c>.</summary>
    Status,

    /// <summary>Answer a Datasul error body with a code.</summary>
    Error,

    /// <summary>Answer 200 with a body that is not valid JSON.</summary>
    MalformedJson,

    /// <summary>Break the connection before anything is processed.</summary>
    DropConnection,

    /// <summary>Process the request (its effects are committed) and then break the connection.</summary>
    LoseAnswerAfterCommit,

    /// <summary>Wait, then process the request normally.</summary>
    Latency,

    /// <summary>Never answer: the caller's time-out (or cancellation) ends the request.</summary>
    Hang,

    /// <summary>Process the request and answer only the first half of its body.</summary>
    TruncatedBody,
}
