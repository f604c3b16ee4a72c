using System.Text.Json.Serialization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>An invoice (NF-e) the ERP issued for a store's order (apiInvoicePublic, camelCase).</summary>
public sealed record Invoice
{
    /// <summary>The establishment that issued it (<c>branchId</c>).</summary>
    [JsonPropertyName("branchId")]
    public string BranchId { get; set; } = string.Empty;

    /// <summary>The series (<c>series</c>, up to 5).</summary>
    [JsonPropertyName("series")]
    public string Series { get; set; } = string.Empty;

    /// <summary>The number (<c>invoiceNumber</c>, up to 16).</summary>
    [JsonPropertyName("invoiceNumber")]
    public string InvoiceNumber { get; set; } = string.Empty;

    /// <summary>The NF-e access key (<c>accessKey</c>), always with a valid check digit.</summary>
    [JsonPropertyName("accessKey")]
    public NfeAccessKey AccessKey { get; set; }

    /// <summary>When it was issued (<c>issueDate</c>).</summary>
    [JsonPropertyName("issueDate")]
    public Instant IssueDate { get; set; }

    /// <summary>Sale or entry (<c>direction</c>).</summary>
    [JsonPropertyName("direction")]
    [JsonConverter(typeof(CamelCaseEnumConverter<InvoiceDirection>))]
    public InvoiceDirection Direction { get; set; }

    /// <summary>Authorized or cancelled (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    [JsonConverter(typeof(CamelCaseEnumConverter<InvoiceStatus>))]
    public InvoiceStatus Status { get; set; }

    /// <summary>The invoice's total (<c>totalValue</c>).</summary>
    [JsonPropertyName("totalValue")]
    public decimal TotalValue { get; set; }

    /// <summary>The CFOP (<c>cfop</c>).</summary>
    [JsonPropertyName("cfop")]
    public string? Cfop { get; set; }

    /// <summary>The ERP order it invoices (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; set; }

    /// <summary>The customer order number (<c>customerOrderId</c>).</summary>
    [JsonPropertyName("customerOrderId")]
    public string? CustomerOrderId { get; set; }

    /// <summary>The store's order id (<c>ecommerceOrderId</c>).</summary>
    [JsonPropertyName("ecommerceOrderId")]
    public string? EcommerceOrderId { get; set; }

    /// <summary>The store (<c>storeCode</c>).</summary>
    [JsonPropertyName("storeCode")]
    public string? StoreCode { get; set; }

    /// <summary>The carrier (<c>carrier</c>).</summary>
    [JsonPropertyName("carrier")]
    public string? Carrier { get; set; }

    /// <summary>The tracking number (<c>trackingNumber</c>).</summary>
    [JsonPropertyName("trackingNumber")]
    public string? TrackingNumber { get; set; }

    /// <summary>The items (<c>items</c>).</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<InvoiceItem> Items { get; set; } = [];

    /// <summary>When the invoice last changed (<c>lastUpdate</c>).</summary>
    [JsonPropertyName("lastUpdate")]
    public Instant? LastUpdate { get; set; }
}
