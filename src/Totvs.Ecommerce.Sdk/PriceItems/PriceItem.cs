using System.Text.Json.Serialization;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.PriceItems;

/// <summary>
/// The price of an item (or of one reference) in a price table linked to the store: the table's FOB price
/// (CD1508), ICMS already included (FT0301 "ICMS Incluso no Preço").
/// </summary>
public sealed record PriceItem
{
    /// <summary>The price table (<c>priceTable</c>, <c>nr-tabpre</c>, up to 8 characters).</summary>
    [JsonPropertyName(PriceItemFields.PriceTable)]
    public string PriceTable { get; set; } = string.Empty;

    /// <summary>The item (<c>itemCode</c>).</summary>
    [JsonPropertyName(PriceItemFields.ItemCode)]
    public ItemCode ItemCode { get; set; }

    /// <summary>The reference, when the price is per reference (<c>referenceCode</c>).</summary>
    [JsonPropertyName(PriceItemFields.ReferenceCode)]
    [JsonConverter(typeof(BlankAsNullJsonConverter<ReferenceCode, ReferenceCodeJsonConverter>))]
    public ReferenceCode? ReferenceCode { get; set; }

    /// <summary>The unit the price is for (<c>unitOfMeasure</c>).</summary>
    [JsonPropertyName(PriceItemFields.UnitOfMeasure)]
    [JsonConverter(typeof(BlankAsNullJsonConverter<UnitOfMeasure, UnitOfMeasureJsonConverter>))]
    public UnitOfMeasure? UnitOfMeasure { get; set; }

    /// <summary>The price in the table's currency, up to 5 decimals, ICMS included (<c>price</c>); always above zero.</summary>
    [JsonPropertyName(PriceItemFields.Price)]
    public decimal Price { get; set; }

    /// <summary>The first day the price applies (<c>validFrom</c>).</summary>
    [JsonPropertyName(PriceItemFields.ValidFrom)]
    public LocalDate? ValidFrom { get; set; }

    /// <summary>When the price last changed in the ERP (<c>lastUpdate</c>).</summary>
    [JsonPropertyName(PriceItemFields.LastUpdate)]
    public Instant? LastUpdate { get; set; }
}
