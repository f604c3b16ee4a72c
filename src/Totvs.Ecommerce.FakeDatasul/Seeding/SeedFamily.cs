namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>A part of a <see cref="SeedDocument"/>.</summary>
internal sealed class SeedFamily
{
    public string Code { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;
}
