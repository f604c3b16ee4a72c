namespace Totvs.Ecommerce.FakeDatasul;

/// <summary>A part of a <see cref="SeedDocument"/>.</summary>
internal sealed class SeedStore
{
    public string Code { get; set; } = string.Empty;

    public List<string> PriceTables { get; set; } = [];

    public List<SeedDeposit> Deposits { get; set; } = [];

    public List<SeedFamily> Families { get; set; } = [];

    public List<SeedItem> Items { get; set; } = [];

    /// <summary>How many items to generate (with families, prices and stock), repeatable by <see cref="GeneratorSeed"/>.</summary>
    public int GeneratedItems { get; set; }

    public int GeneratorSeed { get; set; } = 42;

    /// <summary>The store's payment methods, replacing the defaults (BOLETO, TRANSFERENCIA, CARTAO, FATURADO); none given keeps them.</summary>
    public List<SeedPaymentMethod>? PaymentMethods { get; set; }
}
