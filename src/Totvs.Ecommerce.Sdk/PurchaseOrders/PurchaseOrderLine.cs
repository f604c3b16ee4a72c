using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.PurchaseOrders;

/// <summary>
/// A purchase order line (ordem de compra) of Datasul's <c>ccp/v2/purchaseOrderLines</c>: one item bought, its quantity
/// and price. The names TOTVS's examples show are [doc]; the rest are the SDK's reading of the Progress columns, renamed by
/// <see cref="TotvsEcommerceOptions.FieldNames"/> (<c>PurchaseOrderLines</c>).
/// </summary>
// The wire properties are in PurchaseOrderLine.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record PurchaseOrderLine
{
    /// <summary>Fields Datasul sent that this model does not know (a newer release, a customisation), kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
