namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>A reference of a seeded item controlled by reference (CD1506), with its price and balance.</summary>
internal sealed class SeedReference
{
    public string Code { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public decimal Price { get; set; }

    public decimal Stock { get; set; }
}
