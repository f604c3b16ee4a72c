using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>A VTEX SKU (<c>/api/catalog/pvt/stockkeepingunit</c>): a Datasul item, or one of its references.</summary>
public sealed record VtexSku
{
    /// <summary>The SKU id; VTEX gives one when it is not sent on creation.</summary>
    [JsonPropertyName("Id")]
    public int? Id { get; init; }

    /// <summary>The product the SKU belongs to.</summary>
    [JsonPropertyName("ProductId")]
    public required int ProductId { get; init; }

    /// <summary>The SKU's name (the variation: the reference's description).</summary>
    [JsonPropertyName("Name")]
    public required string Name { get; init; }

    /// <summary>The SKU's own code, unique in the account: the item code, or <c>item/reference</c>.</summary>
    [JsonPropertyName("RefId")]
    public string? RefId { get; init; }

    /// <summary>Whether the SKU is active. VTEX activates a new SKU only once it has a file, so it is not sent on creation.</summary>
    [JsonPropertyName("IsActive")]
    public bool? IsActive { get; init; }

    /// <summary>Activates the SKU as soon as it can be (it has a file and a price).</summary>
    [JsonPropertyName("ActivateIfPossible")]
    public bool? ActivateIfPossible { get; init; }

    /// <summary>The packaged height (cm), for freight.</summary>
    [JsonPropertyName("PackagedHeight")]
    public decimal PackagedHeight { get; init; }

    /// <summary>The packaged length (cm), for freight.</summary>
    [JsonPropertyName("PackagedLength")]
    public decimal PackagedLength { get; init; }

    /// <summary>The packaged width (cm), for freight.</summary>
    [JsonPropertyName("PackagedWidth")]
    public decimal PackagedWidth { get; init; }

    /// <summary>The packaged weight, a whole number in the store's unit (grams in most Brazilian stores), for freight.</summary>
    [JsonPropertyName("PackagedWeightKg")]
    public int PackagedWeightKg { get; init; }

    /// <summary>The real height.</summary>
    [JsonPropertyName("Height")]
    public decimal? Height { get; init; }

    /// <summary>The real length.</summary>
    [JsonPropertyName("Length")]
    public decimal? Length { get; init; }

    /// <summary>The real width.</summary>
    [JsonPropertyName("Width")]
    public decimal? Width { get; init; }

    /// <summary>The real weight, in the store's unit.</summary>
    [JsonPropertyName("WeightKg")]
    public decimal? WeightKg { get; init; }

    /// <summary>The unit of measure shown.</summary>
    [JsonPropertyName("MeasurementUnit")]
    public string? MeasurementUnit { get; init; }

    /// <summary>The multiple the SKU is sold in.</summary>
    [JsonPropertyName("UnitMultiplier")]
    public decimal? UnitMultiplier { get; init; }

    /// <summary>The manufacturer's code.</summary>
    [JsonPropertyName("ManufacturerCode")]
    public string? ManufacturerCode { get; init; }

    /// <summary>Prints the record's keys only: the convention for records with a <c>Name</c> (some records' names are people's).</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", RefId = ").Append(RefId).Append(", ProductId = ").Append(ProductId).Append(", IsActive = ").Append(IsActive);
        return true;
    }
}
