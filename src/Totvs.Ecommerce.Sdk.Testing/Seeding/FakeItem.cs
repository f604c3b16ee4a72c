namespace Totvs.Ecommerce.Sdk.Testing.Seeding;

/// <summary>An item to create or change in the fake ERP (CD0204). Codes are validated by the SDK's domain types.</summary>
public sealed record FakeItem
{
    /// <summary>The item code, up to 16 characters.</summary>
    public required string ItemCode { get; init; }

    /// <summary>The description, up to 60 characters.</summary>
    public required string Description { get; init; }

    /// <summary>The family (família comercial), if any.</summary>
    public string? FamilyCode { get; init; }

    /// <summary>The unit of measure, up to 2 characters.</summary>
    /// <value>Defaults to <c>UN</c>.</value>
    public string UnitOfMeasure { get; init; } = "UN";

    /// <summary>Whether stock is controlled by reference (its references must be added before it is linked to a store).</summary>
    public bool ControlledByReference { get; init; }

    /// <summary>The barcode (GTIN-8/12/13/14 with a valid check digit), if any.</summary>
    public string? Gtin { get; init; }

    /// <summary>Net weight in kilograms.</summary>
    public decimal? NetWeightKg { get; init; }

    /// <summary>Gross weight in kilograms.</summary>
    public decimal? GrossWeightKg { get; init; }

    /// <summary>Height in centimetres.</summary>
    public decimal? HeightCm { get; init; }

    /// <summary>Width in centimetres.</summary>
    public decimal? WidthCm { get; init; }

    /// <summary>Length in centimetres.</summary>
    public decimal? LengthCm { get; init; }

    /// <summary>Whether the item is active.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool IsActive { get; init; } = true;
}
