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
}
