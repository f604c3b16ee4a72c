namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>A part of a <see cref="SeedDocument"/>.</summary>
internal sealed class SeedItem
{
    public string Code { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public decimal Price { get; set; }

    public decimal Stock { get; set; }

    public string? Family { get; set; }

    public string? Gtin { get; set; }

    public decimal? NetWeightKg { get; set; }

    public decimal? GrossWeightKg { get; set; }

    public decimal? HeightCm { get; set; }

    public decimal? WidthCm { get; set; }

    public decimal? LengthCm { get; set; }

    /// <summary>The item's references: given, the item is controlled by reference and each is priced and stocked on its own.</summary>
    public List<SeedReference> References { get; set; } = [];
}
