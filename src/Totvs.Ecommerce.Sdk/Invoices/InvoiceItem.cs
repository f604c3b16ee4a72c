using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>An item of an invoice.</summary>
public sealed record InvoiceItem
{
    /// <summary>The item's sequence (<c>sequence</c>).</summary>
    [JsonPropertyName("sequence")]
    public int Sequence { get; set; }

    /// <summary>The item (<c>itemCode</c>).</summary>
    [JsonPropertyName("itemCode")]
    public ItemCode ItemCode { get; set; }

    /// <summary>The reference, if any (<c>referenceCode</c>).</summary>
    [JsonPropertyName("referenceCode")]
    [JsonConverter(typeof(BlankAsNullJsonConverter<ReferenceCode, ReferenceCodeJsonConverter>))]
    public ReferenceCode? ReferenceCode { get; set; }

    /// <summary>The quantity (<c>quantity</c>).</summary>
    [JsonPropertyName("quantity")]
    public decimal Quantity { get; set; }

    /// <summary>The unit price (<c>unitPrice</c>).</summary>
    [JsonPropertyName("unitPrice")]
    public decimal UnitPrice { get; set; }

    /// <summary>The item's total (<c>totalValue</c>).</summary>
    [JsonPropertyName("totalValue")]
    public decimal TotalValue { get; set; }
}
