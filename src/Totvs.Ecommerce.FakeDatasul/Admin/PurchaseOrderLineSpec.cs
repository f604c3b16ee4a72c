namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>A body of the admin API (/__admin/): one line of a <see cref="PurchaseOrderSpec"/>.</summary>
internal sealed record PurchaseOrderLineSpec(string ItemCode, decimal Quantity, string UnitOfMeasure, decimal UnitPrice);
