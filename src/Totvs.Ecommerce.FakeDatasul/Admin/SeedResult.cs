namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>A body of the admin API (/__admin/), as openapi.json describes it.</summary>
internal sealed record SeedResult(IReadOnlyList<string> Stores, int Customers, int Orders);
