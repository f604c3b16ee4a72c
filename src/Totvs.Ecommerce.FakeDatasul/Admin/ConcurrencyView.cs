namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>A body of the admin API (/__admin/), as openapi.json describes it.</summary>
internal sealed record ConcurrencyView(int ConcurrentRequests, int PeakConcurrentRequests);
