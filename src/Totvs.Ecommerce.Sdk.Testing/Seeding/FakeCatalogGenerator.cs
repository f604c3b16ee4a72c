using System.Globalization;
using Bogus;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Testing.Seeding;

/// <summary>
/// Generates realistic catalog data with Bogus, deterministic by seed: the same seed always gives the same
/// families, items (valid GTIN-13, Brazilian prefix 789), prices and balances.
/// </summary>
public sealed class FakeCatalogGenerator
{
    private static readonly string[] FamilyNames =
        ["Ferramentas", "Material elétrico", "Hidráulica", "Tintas", "Jardinagem", "Iluminação", "Pisos", "Fixadores"];

    private readonly int seed;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed.</param>
    public FakeCatalogGenerator(int seed = 42) => this.seed = seed;

    /// <summary>The families the generated items belong to, as (code, description).</summary>
    /// <returns>Eight families, <c>F01</c> to <c>F08</c>.</returns>
    public IEnumerable<(string Code, string Description)> Families() =>
        FamilyNames.Select((name, i) => ($"F{i + 1:D2}", name));

    /// <summary>Generates items with their price and available balance.</summary>
    /// <param name="count">How many; codes are <c>IT000001</c>, <c>IT000002</c>, …</param>
    /// <returns>The items, lazily.</returns>
    public IEnumerable<(FakeItem Item, decimal Price, decimal Stock)> Items(int count)
    {
        var faker = new Faker("pt_BR") { Random = new Randomizer(seed) };
        for (var i = 1; i <= count; i++)
        {
            var dataDigits = "789" + faker.Random.ReplaceNumbers("#########");
            var gtin = dataDigits + Gtin.ComputeCheckDigit(dataDigits);
            var item = new FakeItem
            {
                ItemCode = $"IT{i.ToString("D6", CultureInfo.InvariantCulture)}",
                Description = Truncate(faker.Commerce.ProductName(), 60),
                FamilyCode = $"F{faker.Random.Int(1, FamilyNames.Length):D2}",
                Gtin = gtin,
                NetWeightKg = Math.Round(faker.Random.Decimal(0.05m, 25m), 3),
                GrossWeightKg = Math.Round(faker.Random.Decimal(25m, 30m), 3),
                HeightCm = faker.Random.Int(1, 120),
                WidthCm = faker.Random.Int(1, 120),
                LengthCm = faker.Random.Int(1, 120),
            };
            yield return (item, Math.Round(faker.Random.Decimal(4.9m, 2500m), 2), faker.Random.Int(0, 500));
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
