namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// Where the store delivers the order (<c>EcommerceDeliveryAddress</c>, SDK extension). Datasul's own delivery fields
/// (<c>DeliveryState</c>, <c>DeliveryCity</c>, …) are read-only in the published schema: the ERP fills them from the
/// address sent here, and the delivery UF decides the intra- or inter-state natureza de operação.
/// </summary>
// The wire properties are in OrderDeliveryAddress.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record OrderDeliveryAddress
{
    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("State = ").Append(State).Append(", personal data hidden");
        return true;
    }
}
