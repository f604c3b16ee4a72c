namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>An answer of the admin API (/__admin/): the number the ERP gave a purchase order.</summary>
internal sealed record PurchaseOrderCreated(long OrderNumber);
