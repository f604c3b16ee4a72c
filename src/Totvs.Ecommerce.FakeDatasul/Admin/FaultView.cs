namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>A body of the admin API (/__admin/), as openapi.json describes it.</summary>
internal sealed record FaultView(string? Method, string? Route, string Fault, int Remaining);
