namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>A register order admission reads, which a partial view of the ERP may not know.</summary>
internal enum ErpRegister
{
    /// <summary>CD0402's "ID E-commerce" of the carriers.</summary>
    Carriers,

    /// <summary>The representatives (marketplaces).</summary>
    Representatives,

    /// <summary>The store's payment methods.</summary>
    PaymentMethods,

    /// <summary>The trade policies linked to the store's price tables.</summary>
    TradePolicies,

    /// <summary>The items linked to the store and their prices.</summary>
    ItemsAndPrices,

    /// <summary>The orders already in the ERP.</summary>
    Orders,

    /// <summary>The customers already in the ERP.</summary>
    Customers,

    /// <summary>The automatic suggestion's rules of natureza de operação.</summary>
    NaturezaRules,
}
