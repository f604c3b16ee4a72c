namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>A body of the admin API (/__admin/), as openapi.json describes it.</summary>
internal sealed record JournalView(long Sequence, DateTimeOffset ReceivedAt, string Method, string Route, string Query, int StatusCode, string? Fault, string? Body, string? UserAgent);
