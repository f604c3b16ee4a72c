namespace Totvs.Ecommerce.Sdk.RootSkus;

/// <summary>Wire names of a <see cref="RootSku"/>'s fields, for <see cref="EcommerceListOptions.Fields"/> and <see cref="EcommerceListOptions.OrderBy"/>.</summary>
public static class RootSkuFields
{
    /// <summary><c>rootCode</c>.</summary>
    public const string RootCode = "rootCode";

    /// <summary><c>description</c>.</summary>
    public const string Description = "description";

    /// <summary><c>categoryParentCode</c>: the family.</summary>
    public const string FamilyCode = "categoryParentCode";

    /// <summary><c>isActive</c>.</summary>
    public const string IsActive = "isActive";

    /// <summary><c>lastUpdate</c>.</summary>
    public const string LastUpdate = "lastUpdate";

    /// <summary><c>skus</c>: the variants.</summary>
    public const string Skus = "skus";
}
