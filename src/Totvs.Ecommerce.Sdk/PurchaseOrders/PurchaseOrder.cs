using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.PurchaseOrders;

/// <summary>
/// A purchase order (pedido de compra) of Datasul's <c>ccp/v1/purchaseOrder</c>: the vendor, the dates and, when read
/// with <see cref="PurchaseOrdersClient.GetAsync"/>, its lines (ordens de compra). TOTVS documents the lines' JSON names
/// but not the header's: those are the SDK's reading of the Progress columns, marked [sdk] and renamed by
/// <see cref="TotvsEcommerceOptions.FieldNames"/> (<c>PurchaseOrders</c>) where a release spells them otherwise.
/// </summary>
// The wire properties are in PurchaseOrder.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record PurchaseOrder
{
    /// <summary>Fields Datasul sent that this model does not know (a newer release, a customisation), kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }

    /// <summary>Prints what identifies the order and not the vendor's document, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("OrderNumber = ").Append(OrderNumber)
            .Append(", OrderDate = ").Append(OrderDate)
            .Append(", VendorId = ").Append(VendorId)
            .Append(", Lines = ").Append(Lines?.Count ?? 0)
            .Append(", vendor's document hidden");
        return true;
    }
}
