namespace Totvs.Ecommerce.Sdk.PriceItems;

/// <summary>Wire names of a <see cref="PriceItem"/>'s fields, for <see cref="EcommerceListOptions.Fields"/> and <see cref="EcommerceListOptions.OrderBy"/>.</summary>
public static class PriceItemFields
{
    /// <summary><c>priceTable</c>.</summary>
    public const string PriceTable = "priceTable";

    /// <summary><c>itemCode</c>.</summary>
    public const string ItemCode = "itemCode";

    /// <summary><c>referenceCode</c>.</summary>
    public const string ReferenceCode = "referenceCode";

    /// <summary><c>unitOfMeasure</c>.</summary>
    public const string UnitOfMeasure = "unitOfMeasure";

    /// <summary><c>price</c>.</summary>
    public const string Price = "price";

    /// <summary><c>validFrom</c>.</summary>
    public const string ValidFrom = "validFrom";

    /// <summary><c>lastUpdate</c>.</summary>
    public const string LastUpdate = "lastUpdate";
}
