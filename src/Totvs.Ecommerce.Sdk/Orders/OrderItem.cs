using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>An item of a sales order (<c>OrderItems[]</c>).</summary>
public sealed record OrderItem
{
    /// <summary>The item's sequence in the order (<c>Sequence</c>).</summary>
    [JsonPropertyName("Sequence")]
    public int? Sequence { get; set; }

    /// <summary>The item code (<c>ItemCode</c>, up to 16 characters). Required.</summary>
    [JsonPropertyName("ItemCode")]
    public string ItemCode { get; set; } = string.Empty;

    /// <summary>The reference, for items controlled by reference (<c>ReferenceCode</c>, up to 8 characters).</summary>
    [JsonPropertyName("ReferenceCode")]
    public string? ReferenceCode { get; set; }

    /// <summary>The unit price sold at (<c>OriginalPrice</c>). Required.</summary>
    [JsonPropertyName("OriginalPrice")]
    public decimal OriginalPrice { get; set; }

    /// <summary>The quantity (<c>QuantityBilling</c>). Required, above zero.</summary>
    [JsonPropertyName("QuantityBilling")]
    public decimal QuantityBilling { get; set; }

    /// <summary>The price table (<c>PriceTable</c>).</summary>
    [JsonPropertyName("PriceTable")]
    public string? PriceTable { get; set; }

    /// <summary>The natureza de operação of the item (<c>TransactionType</c>), chosen by the ERP when absent.</summary>
    [JsonPropertyName("TransactionType")]
    public string? TransactionType { get; set; }

    /// <summary>The billing unit (<c>UnitMeasureBilling</c>).</summary>
    [JsonPropertyName("UnitMeasureBilling")]
    public string? UnitMeasureBilling { get; set; }

    /// <summary>Cascading discounts as Datasul writes them, e.g. <c>"7.5+3.15"</c> (<c>DiscountPercentage</c>).</summary>
    [JsonPropertyName("DiscountPercentage")]
    public string? DiscountPercentage { get; set; }

    /// <summary>The item's total (<c>TotalOrderItemAmount</c>).</summary>
    [JsonPropertyName("TotalOrderItemAmount")]
    public decimal? TotalOrderItemAmount { get; set; }

    /// <summary>Whether the item is a gift (brinde), which takes the gift naturezas (<c>IsGift</c>).</summary>
    [JsonPropertyName("IsGift")]
    public bool IsGift { get; set; }
}
