using System.Text.Json.Serialization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.Skus;

/// <summary>
/// A SKU in reference mode (apiProductSkuPublic): an item, or one reference (<c>cod-refer</c>) of an item
/// controlled by reference.
/// </summary>
public sealed record Sku
{
    /// <summary>The SKU id: the item code, or <c>itemCode/referenceCode</c> (<c>skuId</c>).</summary>
    [JsonPropertyName(SkuFields.SkuId)]
    public string SkuId { get; set; } = string.Empty;

    /// <summary>The item code (<c>itemCode</c>).</summary>
    [JsonPropertyName(SkuFields.ItemCode)]
    public ItemCode ItemCode { get; set; }

    /// <summary>The reference, for an item controlled by reference (<c>referenceCode</c>, up to 8 characters).</summary>
    [JsonPropertyName(SkuFields.ReferenceCode)]
    [JsonConverter(typeof(BlankAsNullJsonConverter<ReferenceCode, ReferenceCodeJsonConverter>))]
    public ReferenceCode? ReferenceCode { get; set; }

    /// <summary>The description (<c>description</c>).</summary>
    [JsonPropertyName(SkuFields.Description)]
    public string? Description { get; set; }

    /// <summary>The barcode, when the SKU has one (<c>gtin</c>).</summary>
    [JsonPropertyName(SkuFields.Gtin)]
    [JsonConverter(typeof(BlankAsNullJsonConverter<Gtin, GtinJsonConverter>))]
    public Gtin? Gtin { get; set; }

    /// <summary>Net weight in kilograms (<c>netWeightKg</c>).</summary>
    [JsonPropertyName(SkuFields.NetWeightKg)]
    public decimal? NetWeightKg { get; set; }

    /// <summary>Gross weight in kilograms (<c>grossWeightKg</c>).</summary>
    [JsonPropertyName(SkuFields.GrossWeightKg)]
    public decimal? GrossWeightKg { get; set; }

    /// <summary>Height in centimetres (<c>heightCm</c>).</summary>
    [JsonPropertyName(SkuFields.HeightCm)]
    public decimal? HeightCm { get; set; }

    /// <summary>Width in centimetres (<c>widthCm</c>).</summary>
    [JsonPropertyName(SkuFields.WidthCm)]
    public decimal? WidthCm { get; set; }

    /// <summary>Length in centimetres (<c>lengthCm</c>).</summary>
    [JsonPropertyName(SkuFields.LengthCm)]
    public decimal? LengthCm { get; set; }

    /// <summary>Whether the SKU is active for the store (<c>isActive</c>).</summary>
    [JsonPropertyName(SkuFields.IsActive)]
    public bool? IsActive { get; set; }

    /// <summary>When the SKU last changed in the ERP (<c>lastUpdate</c>).</summary>
    [JsonPropertyName(SkuFields.LastUpdate)]
    public Instant? LastUpdate { get; set; }
}
