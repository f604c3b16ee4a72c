using NodaTime;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A purchase order (pedido de compra) as the fake ERP keeps it: the header, the vendor as the emitente has it, its lines.</summary>
internal sealed record PurchaseOrderRecord(
    long OrderNumber, LocalDate OrderDate, long VendorCode, string VendorShortName, string VendorName, string VendorDocument,
    string DeliveryBranchId, string? Comments, IReadOnlyList<PurchaseOrderLineRecord> Lines, Instant LastUpdate)
{
    /// <summary>1 Compra (the fake's purchase orders are all purchases).</summary>
    public int Nature => 1;

    /// <summary>1 Aberto.</summary>
    public int Status => 1;
}
