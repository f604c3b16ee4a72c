namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>A body of the admin API (/__admin/), as openapi.json describes it.</summary>
internal sealed record HealthView(string Status, string Clock, IReadOnlyList<string> Stores, int Orders, int JournalEntries);
