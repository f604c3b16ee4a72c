namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>The marketplace where the sale happened (<c>Intermediary</c>), registered in the ERP as a representative.</summary>
// The wire properties are in OrderIntermediary.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record OrderIntermediary
{
    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("personal data hidden");
        return true;
    }
}
