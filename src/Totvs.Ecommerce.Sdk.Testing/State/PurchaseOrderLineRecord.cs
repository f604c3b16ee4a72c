namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A purchase order line (ordem de compra): one item bought, with its quantity and unit price.</summary>
internal sealed record PurchaseOrderLineRecord(long LineNumber, long OrderNumber, long VendorCode, string BranchId, string ItemCode, decimal Quantity, string UnitOfMeasure, decimal UnitPrice)
{
    /// <summary>2 Confirmada.</summary>
    public int Status => 2;
}
