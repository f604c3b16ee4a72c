namespace Totvs.Ecommerce.Sdk.Products;

/// <summary>Wire names of a <see cref="Product"/>'s fields, for <see cref="EcommerceListOptions.Fields"/> and <see cref="EcommerceListOptions.OrderBy"/>.</summary>
public static class ProductFields
{
    /// <summary><c>itemCode</c>.</summary>
    public const string ItemCode = "itemCode";

    /// <summary><c>description</c>.</summary>
    public const string Description = "description";

    /// <summary><c>categoryParentCode</c>: the family.</summary>
    public const string FamilyCode = "categoryParentCode";

    /// <summary><c>unitOfMeasure</c>.</summary>
    public const string UnitOfMeasure = "unitOfMeasure";

    /// <summary><c>stockControl</c>.</summary>
    public const string StockControl = "stockControl";

    /// <summary><c>gtin</c>.</summary>
    public const string Gtin = "gtin";

    /// <summary><c>netWeightKg</c>.</summary>
    public const string NetWeightKg = "netWeightKg";

    /// <summary><c>grossWeightKg</c>.</summary>
    public const string GrossWeightKg = "grossWeightKg";

    /// <summary><c>heightCm</c>.</summary>
    public const string HeightCm = "heightCm";

    /// <summary><c>widthCm</c>.</summary>
    public const string WidthCm = "widthCm";

    /// <summary><c>lengthCm</c>.</summary>
    public const string LengthCm = "lengthCm";

    /// <summary><c>isActive</c>.</summary>
    public const string IsActive = "isActive";

    /// <summary><c>lastUpdate</c>.</summary>
    public const string LastUpdate = "lastUpdate";
}
