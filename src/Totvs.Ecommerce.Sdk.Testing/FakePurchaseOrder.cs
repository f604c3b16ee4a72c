using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>A purchase order a Datasul user entered (CC0300), for <see cref="FakeDatasulServer.AddPurchaseOrder"/>.</summary>
/// <param name="OrderDate">The order's date (<c>data-pedido</c>).</param>
/// <param name="VendorCode">The vendor's code in the emitente register (<c>cod-emitente</c>).</param>
/// <param name="VendorShortName">The vendor's short name (<c>nome-abrev</c>, up to 12).</param>
/// <param name="VendorName">The vendor's name (<c>nome-emit</c>).</param>
/// <param name="VendorDocument">The vendor's CNPJ or CPF.</param>
/// <param name="Lines">What is bought: at least one line.</param>
public sealed record FakePurchaseOrder(
    LocalDate OrderDate, long VendorCode, string VendorShortName, string VendorName, CpfOrCnpj VendorDocument, IReadOnlyList<FakePurchaseOrderLine> Lines)
{
    /// <summary>The establishment that receives the goods (<c>end-entrega</c>).</summary>
    public string DeliveryBranchId { get; init; } = "1";

    /// <summary>Free comments.</summary>
    public string? Comments { get; init; }
}
