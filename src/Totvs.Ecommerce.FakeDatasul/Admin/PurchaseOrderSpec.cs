namespace Totvs.Ecommerce.FakeDatasul.Admin;

/// <summary>A body of the admin API (/__admin/), as openapi.json describes it: a purchase order a buyer entered in the ERP.</summary>
internal sealed record PurchaseOrderSpec(
    string OrderDate, long VendorCode, string VendorShortName, string VendorName, string VendorDocument,
    IReadOnlyList<PurchaseOrderLineSpec> Lines, string? DeliveryBranchId = null, string? Comments = null);
