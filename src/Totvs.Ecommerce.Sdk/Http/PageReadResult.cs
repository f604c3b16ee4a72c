namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>A page read from the wire, and the invalid record the caller chose to stop at, if any.</summary>
internal sealed record PageReadResult<T>(Page<T> Page, InvalidRecord? StoppedAt);
