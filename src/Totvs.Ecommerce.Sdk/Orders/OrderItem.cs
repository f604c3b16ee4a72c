using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// An item of a sales order (<c>OrderItems[]</c>), every field of the published schema.
/// </summary>
// The wire properties are in OrderItem.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record OrderItem
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
        builder.Append("ItemCode = ").Append(ItemCode)
            .Append(", ReferenceCode = ").Append(ReferenceCode)
            .Append(", QuantityBilling = ").Append(QuantityBilling)
            .Append(", OriginalPrice = ").Append(OriginalPrice);
        return true;
    }
}
