namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>Why a document failed, which sets when it is tried again (<see cref="ReprocessingSchedule"/>). Stored as its number.</summary>
public enum DocumentFailureKind
{
    /// <summary>The ERP could not be reached or answered a transient failure (timeout, 5xx, 429): retried soon.</summary>
    Transient = 0,

    /// <summary>
    /// The ERP refused it for a business rule (e.g. <c>57382</c>, a carrier not mapped, a blocked customer): retried slowly
    /// until someone fixes the ERP's setup ("o pedido será reprocessado").
    /// </summary>
    Rejected = 1,

    /// <summary>The document itself is wrong (it cannot be read or mapped): waits for a fix and an operator's forced retry.</summary>
    Invalid = 2,
}
