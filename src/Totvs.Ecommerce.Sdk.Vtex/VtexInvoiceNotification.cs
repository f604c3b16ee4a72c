using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// The invoice notification a store (VTEX OMS <c>POST /api/oms/pvt/orders/{orderId}/invoice</c>) expects when the
/// ERP invoices an order: money in cents, <c>invoiceValue</c> as a string of cents.
/// </summary>
public sealed record VtexInvoiceNotification
{
    /// <summary><c>Output</c> for a sale, <c>Input</c> for a return.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "Output";

    /// <summary>The issue date, <c>yyyy-MM-dd</c>.</summary>
    [JsonPropertyName("issuanceDate")]
    public string IssuanceDate { get; set; } = string.Empty;

    /// <summary>The invoice number.</summary>
    [JsonPropertyName("invoiceNumber")]
    public string InvoiceNumber { get; set; } = string.Empty;

    /// <summary>The total in cents, as a string.</summary>
    [JsonPropertyName("invoiceValue")]
    public string InvoiceValue { get; set; } = string.Empty;

    /// <summary>The NF-e access key.</summary>
    [JsonPropertyName("invoiceKey")]
    public string InvoiceKey { get; set; } = string.Empty;

    /// <summary>The carrier.</summary>
    [JsonPropertyName("courier")]
    public string? Courier { get; set; }

    /// <summary>The tracking number.</summary>
    [JsonPropertyName("trackingNumber")]
    public string? TrackingNumber { get; set; }

    /// <summary>The items invoiced.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<VtexInvoiceItem> Items { get; set; } = [];
}

/// <summary>An item of an invoice notification.</summary>
/// <param name="Id">The store's SKU id (the ERP's item code, or <c>itemCode/referenceCode</c>).</param>
/// <param name="Price">The unit price in cents.</param>
/// <param name="Quantity">The quantity.</param>
public sealed record VtexInvoiceItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("price")] long Price,
    [property: JsonPropertyName("quantity")] decimal Quantity);
