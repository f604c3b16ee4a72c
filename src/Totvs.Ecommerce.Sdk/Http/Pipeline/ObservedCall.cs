namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>One call as the transport saw it: its method, the status (0 when no answer came), its time and Retry-After.</summary>
internal readonly record struct ObservedCall(string Method, int StatusCode, TimeSpan Elapsed, TimeSpan? RetryAfter);
