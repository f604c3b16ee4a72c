namespace Totvs.Ecommerce.Sdk.PriceTables;

/// <summary>Wire names of a <see cref="PriceTable"/>'s fields, for <see cref="EcommerceListOptions.Fields"/> and <see cref="EcommerceListOptions.OrderBy"/>.</summary>
public static class PriceTableFields
{
    /// <summary><c>priceTable</c>: the table code.</summary>
    public const string Code = "priceTable";

    /// <summary><c>description</c>.</summary>
    public const string Description = "description";

    /// <summary><c>validFrom</c>.</summary>
    public const string ValidFrom = "validFrom";

    /// <summary><c>validTo</c>.</summary>
    public const string ValidTo = "validTo";

    /// <summary><c>currency</c>.</summary>
    public const string Currency = "currency";

    /// <summary><c>tradePolicies</c>.</summary>
    public const string TradePolicies = "tradePolicies";

    /// <summary><c>lastUpdate</c>.</summary>
    public const string LastUpdate = "lastUpdate";
}
