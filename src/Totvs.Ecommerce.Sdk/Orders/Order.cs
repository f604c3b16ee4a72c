using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// A sales order of apiOrdersPublic (TOTVS Mensagem Padronizada <c>OrdersInfo</c>, UpperCamelCase): every field of the
/// published schema with its published JSON type, plus the e-commerce extension the SDK adds (store, store order id,
/// trade policy, carrier e-commerce id, intermediary, payment). The same record is sent to create an order and
/// returned by the ERP; read-only fields are never sent.
/// </summary>
// The wire properties are in Order.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record Order
{
    /// <summary>
    /// Fields Datasul sent that this model does not know (a newer release, a customisation): kept as they came and
    /// written back on <c>PUT</c>, so a connector never erases them.
    /// </summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CustomerOrderId = ").Append(CustomerOrderId)
            .Append(", OrderId = ").Append(OrderId)
            .Append(", EcommerceStoreCode = ").Append(EcommerceStoreCode)
            .Append(", OrderSituation = ").Append(OrderSituation)
            .Append(", OrderItems = ").Append(OrderItems?.Count ?? 0)
            .Append(", personal data hidden");
        return true;
    }
}
