using System.Text.Json.Serialization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Products;

/// <summary>
/// An item (the product root) Datasul publishes to the store. Only items linked to the store and priced
/// in one of its price tables are published.
/// </summary>
public sealed record Product
{
    /// <summary>The item code (<c>itemCode</c>, <c>it-codigo</c>, up to 16 characters).</summary>
    [JsonPropertyName(ProductFields.ItemCode)]
    public ItemCode ItemCode { get; set; }

    /// <summary>The item's description (<c>description</c>, up to 60 characters).</summary>
    [JsonPropertyName(ProductFields.Description)]
    public string? Description { get; set; }

    /// <summary>The family (category) the item belongs to (<c>categoryParentCode</c>).</summary>
    [JsonPropertyName(ProductFields.FamilyCode)]
    public string? FamilyCode { get; set; }

    /// <summary>The unit the item is sold in (<c>unitOfMeasure</c>, up to 2 characters).</summary>
    [JsonPropertyName(ProductFields.UnitOfMeasure)]
    public UnitOfMeasure UnitOfMeasure { get; set; }

    /// <summary>Whether stock is controlled by item or by reference (<c>stockControl</c>).</summary>
    [JsonPropertyName(ProductFields.StockControl)]
    public StockControl StockControl { get; set; }

    /// <summary>The barcode, when the item has one (<c>gtin</c>); a sent GTIN always has a valid check digit.</summary>
    [JsonPropertyName(ProductFields.Gtin)]
    [JsonConverter(typeof(BlankAsNullJsonConverter<Gtin, GtinJsonConverter>))]
    public Gtin? Gtin { get; set; }

    /// <summary>Net weight in kilograms (<c>netWeightKg</c>).</summary>
    [JsonPropertyName(ProductFields.NetWeightKg)]
    public decimal? NetWeightKg { get; set; }

    /// <summary>Gross weight in kilograms (<c>grossWeightKg</c>).</summary>
    [JsonPropertyName(ProductFields.GrossWeightKg)]
    public decimal? GrossWeightKg { get; set; }

    /// <summary>Height in centimetres (<c>heightCm</c>).</summary>
    [JsonPropertyName(ProductFields.HeightCm)]
    public decimal? HeightCm { get; set; }

    /// <summary>Width in centimetres (<c>widthCm</c>).</summary>
    [JsonPropertyName(ProductFields.WidthCm)]
    public decimal? WidthCm { get; set; }

    /// <summary>Length in centimetres (<c>lengthCm</c>).</summary>
    [JsonPropertyName(ProductFields.LengthCm)]
    public decimal? LengthCm { get; set; }

    /// <summary>Whether the item is active for the store (<c>isActive</c>).</summary>
    [JsonPropertyName(ProductFields.IsActive)]
    public bool? IsActive { get; set; }

    /// <summary>When the item last changed in the ERP (<c>lastUpdate</c>).</summary>
    [JsonPropertyName(ProductFields.LastUpdate)]
    public Instant? LastUpdate { get; set; }
}
