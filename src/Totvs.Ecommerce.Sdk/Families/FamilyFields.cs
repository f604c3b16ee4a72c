namespace Totvs.Ecommerce.Sdk.Families;

/// <summary>Wire names of a <see cref="Family"/>'s fields, for <see cref="EcommerceListOptions.Fields"/> and <see cref="EcommerceListOptions.OrderBy"/>.</summary>
public static class FamilyFields
{
    /// <summary><c>categoryParentCode</c>: the family code.</summary>
    public const string Code = "categoryParentCode";

    /// <summary><c>categoryErpDesc</c>: the description.</summary>
    public const string Description = "categoryErpDesc";

    /// <summary><c>isActive</c>.</summary>
    public const string IsActive = "isActive";

    /// <summary><c>lastUpdate</c>.</summary>
    public const string LastUpdate = "lastUpdate";
}
