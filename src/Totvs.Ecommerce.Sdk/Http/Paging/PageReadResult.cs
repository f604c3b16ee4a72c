namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// A page read from the wire, the invalid record the caller chose to stop at, if any, and a fingerprint of the answer's
/// bytes (two pages with the same fingerprint are, in all likelihood, the same page served twice).
/// </summary>
internal sealed record PageReadResult<T>(Page<T> Page, InvalidRecord? StoppedAt, int Fingerprint = 0);
