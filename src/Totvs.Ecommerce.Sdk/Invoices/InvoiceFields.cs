namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>Wire names of an <see cref="Invoice"/>'s fields (wire contract §4.9), for <see cref="EcommerceListOptions.Fields"/> and <see cref="EcommerceListOptions.OrderBy"/>.</summary>
public static class InvoiceFields
{
    /// <summary><c>branchId</c>: the establishment that issued it.</summary>
    public const string BranchId = "branchId";

    /// <summary><c>series</c>: the series.</summary>
    public const string Series = "series";

    /// <summary><c>invoiceNumber</c>: the number.</summary>
    public const string InvoiceNumber = "invoiceNumber";

    /// <summary><c>accessKey</c>: the NF-e access key (44 digits).</summary>
    public const string AccessKey = "accessKey";

    /// <summary><c>issueDate</c>: when it was issued.</summary>
    public const string IssueDate = "issueDate";

    /// <summary><c>direction</c>: output (sale) or input (purchase).</summary>
    public const string Direction = "direction";

    /// <summary><c>status</c>: authorized or cancelled.</summary>
    public const string Status = "status";

    /// <summary><c>totalValue</c>: the total.</summary>
    public const string TotalValue = "totalValue";

    /// <summary><c>cfop</c>: the CFOP.</summary>
    public const string Cfop = "cfop";

    /// <summary><c>orderId</c>: the ERP order it invoices.</summary>
    public const string OrderId = "orderId";

    /// <summary><c>customerOrderId</c>: the customer order number.</summary>
    public const string CustomerOrderId = "customerOrderId";

    /// <summary><c>ecommerceOrderId</c>: the store's order id.</summary>
    public const string EcommerceOrderId = "ecommerceOrderId";

    /// <summary><c>storeCode</c>: the e-commerce store.</summary>
    public const string StoreCode = "storeCode";

    /// <summary><c>carrier</c>: the carrier's short name.</summary>
    public const string Carrier = "carrier";

    /// <summary><c>trackingNumber</c>: the carrier's tracking number.</summary>
    public const string TrackingNumber = "trackingNumber";

    /// <summary><c>items</c>: the items.</summary>
    public const string Items = "items";

    /// <summary><c>lastUpdate</c>: when it last changed.</summary>
    public const string LastUpdate = "lastUpdate";
}
