namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>A part of a <see cref="SeedDocument"/>.</summary>
internal sealed class SeedCredential
{
    public string Name { get; set; } = string.Empty;

    public string Secret { get; set; } = string.Empty;

    public List<string>? Stores { get; set; }

    public override string ToString() => $"SeedCredential {{ Name = {Name}, Secret = *** }}";
}
