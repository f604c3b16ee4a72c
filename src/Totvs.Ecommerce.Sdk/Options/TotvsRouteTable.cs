namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// The route of each Datasul resource, relative to <see cref="TotvsEcommerceOptions.PathPrefix"/>.
/// The defaults follow the wire contract; a Datasul release that publishes a resource elsewhere is
/// adapted by changing the entry here (or under <c>Routes</c> in configuration), never by forking.
/// </summary>
/// <remarks>Routes are written without leading or trailing slashes; keys are appended as <c>/{key}</c>.</remarks>
public sealed class TotvsRouteTable
{
    /// <summary>apiBusinessFamilyPublic: families (categories) published to the store.</summary>
    /// <value>Defaults to <c>cdp/v1/businessFamilyPublic/ecommerce</c>.</value>
    public string Families { get; set; } = "cdp/v1/businessFamilyPublic/ecommerce";

    /// <summary>apiProductPublic: items published to the store.</summary>
    /// <value>Defaults to <c>cdp/v1/productPublic/ecommerce</c>.</value>
    public string Products { get; set; } = "cdp/v1/productPublic/ecommerce";

    /// <summary>apiProductSkuPublic: SKUs in reference mode.</summary>
    /// <value>Defaults to <c>cdp/v1/productSkuPublic/ecommerce</c>.</value>
    public string Skus { get; set; } = "cdp/v1/productSkuPublic/ecommerce";

    /// <summary>apiProductRootSkuPublic: roots with their SKUs in Root/SKU mode.</summary>
    /// <value>Defaults to <c>cdp/v1/productRootSkuPublic/ecommerce</c>.</value>
    public string RootSkus { get; set; } = "cdp/v1/productRootSkuPublic/ecommerce";

    /// <summary>priceItemPublic: item prices of the store's price tables.</summary>
    /// <value>Defaults to <c>cdp/v1/priceItemPublic/ecommerce</c>.</value>
    public string PriceItems { get; set; } = "cdp/v1/priceItemPublic/ecommerce";

    /// <summary>priceTablePublic: the price tables linked to the store.</summary>
    /// <value>Defaults to <c>cdp/v1/priceTablePublic/ecommerce</c>.</value>
    public string PriceTables { get; set; } = "cdp/v1/priceTablePublic/ecommerce";

    /// <summary>stockBalancePublic: available balances of the store's deposits.</summary>
    /// <value>Defaults to <c>cep/v1/stockBalancePublic/ecommerce</c>.</value>
    public string StockBalances { get; set; } = "cep/v1/stockBalancePublic/ecommerce";

    /// <summary>apiOrdersPublic: sales orders.</summary>
    /// <value>Defaults to <c>pdp/v1/ordersPublic</c>.</value>
    public string Orders { get; set; } = "pdp/v1/ordersPublic";

    /// <summary>apiCustomerPublic: customers.</summary>
    /// <value>Defaults to <c>cdp/v1/customerPublic</c>.</value>
    public string Customers { get; set; } = "cdp/v1/customerPublic";

    /// <summary>apiInvoicePublic: invoices (NF-e) issued for the store's orders.</summary>
    /// <value>Defaults to <c>ftp/v1/invoicePublic/ecommerce</c>.</value>
    public string Invoices { get; set; } = "ftp/v1/invoicePublic/ecommerce";

    /// <summary>The ERP's item register (CD0204), published to a store or not, read by item code; the route is [inferred].</summary>
    /// <value>Defaults to <c>cdp/v1/item</c>.</value>
    public string Items { get; set; } = "cdp/v1/item";

    /// <summary>Purchase orders (pedidos de compra), read-only; the route is [inferred] from TOTVS's API convention.</summary>
    /// <value>Defaults to <c>ccp/v1/purchaseOrder</c>.</value>
    public string PurchaseOrders { get; set; } = "ccp/v1/purchaseOrder";

    /// <summary>Purchase order lines (ordens de compra), read-only; some releases name it <c>purchaseOrderLinesV2</c>.</summary>
    /// <value>Defaults to <c>ccp/v2/purchaseOrderLines</c>.</value>
    public string PurchaseOrderLines { get; set; } = "ccp/v2/purchaseOrderLines";

    /// <summary>Every route with the name of its entry, for validation and for servers that follow the table.</summary>
    /// <returns>Pairs of (entry name, route).</returns>
    public IReadOnlyList<KeyValuePair<string, string>> ToList() =>
    [
        new(nameof(Families), Families),
        new(nameof(Products), Products),
        new(nameof(Skus), Skus),
        new(nameof(RootSkus), RootSkus),
        new(nameof(PriceItems), PriceItems),
        new(nameof(PriceTables), PriceTables),
        new(nameof(StockBalances), StockBalances),
        new(nameof(Orders), Orders),
        new(nameof(Customers), Customers),
        new(nameof(Invoices), Invoices),
        new(nameof(Items), Items),
        new(nameof(PurchaseOrders), PurchaseOrders),
        new(nameof(PurchaseOrderLines), PurchaseOrderLines),
    ];

    /// <summary>A copy that later changes to this table do not affect.</summary>
    /// <returns>The copy.</returns>
    public TotvsRouteTable Clone() => (TotvsRouteTable)MemberwiseClone();
}
