using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// A pre-invoicing (embarque) of an order (<c>PreInvoicing[]</c>); read-only.
/// </summary>
// The wire properties are in OrderPreInvoicing.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record OrderPreInvoicing
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
            .Append(", ShipmentNo = ").Append(ShipmentNo)
            .Append(", SummaryNo = ").Append(SummaryNo)
            .Append(", personal data hidden");
        return true;
    }
}
