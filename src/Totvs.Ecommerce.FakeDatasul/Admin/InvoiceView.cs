namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>A body of the admin API (/__admin/), as openapi.json describes it.</summary>
internal sealed record InvoiceView(long? OrderId, string BranchId, string Series, string InvoiceNumber, string AccessKey, decimal TotalValue, bool IsCancelled);
