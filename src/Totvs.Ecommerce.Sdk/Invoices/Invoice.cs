using System.Text.Json.Serialization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>An invoice (NF-e) the ERP issued for a store's order (apiInvoicePublic, camelCase).</summary>
public sealed record Invoice
{
    /// <summary>The establishment that issued it (<c>branchId</c>).</summary>
    [JsonPropertyName(InvoiceFields.BranchId)]
    public string BranchId { get; set; } = string.Empty;

    /// <summary>The series (<c>series</c>, up to 5).</summary>
    [JsonPropertyName(InvoiceFields.Series)]
    public string Series { get; set; } = string.Empty;

    /// <summary>The number (<c>invoiceNumber</c>, up to 16).</summary>
    [JsonPropertyName(InvoiceFields.InvoiceNumber)]
    public string InvoiceNumber { get; set; } = string.Empty;

    /// <summary>The NF-e access key (<c>accessKey</c>), always with a valid check digit.</summary>
    [JsonPropertyName(InvoiceFields.AccessKey)]
    public NfeAccessKey AccessKey { get; set; }

    /// <summary>When it was issued (<c>issueDate</c>).</summary>
    [JsonPropertyName(InvoiceFields.IssueDate)]
    public Instant IssueDate { get; set; }

    /// <summary>Sale or entry (<c>direction</c>).</summary>
    [JsonPropertyName(InvoiceFields.Direction)]
    [JsonConverter(typeof(CamelCaseEnumConverter<InvoiceDirection>))]
    public InvoiceDirection Direction { get; set; }

    /// <summary>Authorized or cancelled (<c>status</c>).</summary>
    [JsonPropertyName(InvoiceFields.Status)]
    [JsonConverter(typeof(CamelCaseEnumConverter<InvoiceStatus>))]
    public InvoiceStatus Status { get; set; }

    /// <summary>The invoice's total (<c>totalValue</c>).</summary>
    [JsonPropertyName(InvoiceFields.TotalValue)]
    public decimal TotalValue { get; set; }

    /// <summary>The CFOP (<c>cfop</c>).</summary>
    [JsonPropertyName(InvoiceFields.Cfop)]
    public string? Cfop { get; set; }

    /// <summary>The ERP order it invoices (<c>orderId</c>).</summary>
    [JsonPropertyName(InvoiceFields.OrderId)]
    public long? OrderId { get; set; }

    /// <summary>The customer order number (<c>customerOrderId</c>).</summary>
    [JsonPropertyName(InvoiceFields.CustomerOrderId)]
    public string? CustomerOrderId { get; set; }

    /// <summary>The store's order id (<c>ecommerceOrderId</c>).</summary>
    [JsonPropertyName(InvoiceFields.EcommerceOrderId)]
    public string? EcommerceOrderId { get; set; }

    /// <summary>The store (<c>storeCode</c>).</summary>
    [JsonPropertyName(InvoiceFields.StoreCode)]
    public string? StoreCode { get; set; }

    /// <summary>The carrier (<c>carrier</c>).</summary>
    [JsonPropertyName(InvoiceFields.Carrier)]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Carrier { get; set; }

    /// <summary>The tracking number (<c>trackingNumber</c>).</summary>
    [JsonPropertyName(InvoiceFields.TrackingNumber)]
    public string? TrackingNumber { get; set; }

    /// <summary>The items (<c>items</c>).</summary>
    [JsonPropertyName(InvoiceFields.Items)]
    public IReadOnlyList<InvoiceItem> Items { get; set; } = [];

    /// <summary>When the invoice last changed (<c>lastUpdate</c>).</summary>
    [JsonPropertyName(InvoiceFields.LastUpdate)]
    public Instant? LastUpdate { get; set; }
}
