using NodaTime;
using Totvs.Ecommerce.Sdk.Customers;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;

namespace Totvs.Ecommerce.Sdk.Samples.PartnerApp;

/// <summary>
/// The embedded fake's ERP for the walk-through: raw materials and products in the item register, five purchase orders in
/// November 2026 (one buys an item the partner has not mapped yet), the buyers of the partner's sales, and the sales.
/// </summary>
public static class PartnerSeed
{
    /// <summary>The company's CNPJ, the same in the application and in the fake TOTVS.</summary>
    public const string CompanyCnpj = "11.222.333/0001-81";

    public static void SeedErp(FakeDatasulServer fake)
    {
        foreach (var (code, description, unit) in Items)
        {
            fake.UpsertItem(new FakeItem { ItemCode = code, Description = description, UnitOfMeasure = unit });
        }

        var vendor = CpfOrCnpj.Parse("11.444.777/0001-61");
        fake.AddPurchaseOrder(new FakePurchaseOrder(new LocalDate(2026, 11, 3), 13, "AGRO-SUL", "Agro Sul Insumos Ltda", vendor,
            [new("MP-ADUBO", 100, "KG", 4.35m), new("MP-SEMENTE", 20, "SC", 310m)]));
        fake.AddPurchaseOrder(new FakePurchaseOrder(new LocalDate(2026, 11, 10), 13, "AGRO-SUL", "Agro Sul Insumos Ltda", vendor,
            [new("MP-ADUBO", 50, "KG", 4.40m)]));
        fake.AddPurchaseOrder(new FakePurchaseOrder(new LocalDate(2026, 11, 17), 14, "EMBALA-BR", "Embala Brasil S.A.", CpfOrCnpj.Parse("45.723.174/0001-10"),
            [new("EMB-CAIXA", 500, "UN", 1.20m)]));
        fake.AddPurchaseOrder(new FakePurchaseOrder(new LocalDate(2026, 11, 24), 13, "AGRO-SUL", "Agro Sul Insumos Ltda", vendor,
            [new("MP-DEFENSIVO", 10, "L", 89.90m)]));
        fake.AddPurchaseOrder(new FakePurchaseOrder(new LocalDate(2026, 11, 28), 14, "EMBALA-BR", "Embala Brasil S.A.", CpfOrCnpj.Parse("45.723.174/0001-10"),
            [new("EMB-CAIXA", 300, "UN", 1.18m)]));
    }

    /// <summary>The buyers of the seeded sales, registered through the fake's customer API.</summary>
    public static async Task SeedCustomersAsync(FakeDatasulServer fake, Uri baseAddress)
    {
        var options = new TotvsEcommerceOptions();
        fake.ApplyClientOptions(options, baseAddress);
        var client = new TotvsEcommerceClient(options);
        await client.Customers.CreateAsync(new Customer
        {
            ShortName = "MERCADO-SOL", CustomerName = "Mercado Sol Ltda", CustomerGroup = 10, Modality = CollectionModality.SimpleCollection,
            RepresentativeCode = 1, Country = "Brasil", Address = "Rua do Comércio, 10", EntityType = EntityType.Company,
            PersonalId = "04.252.011/0001-10", State = "SP", ZipCode = "01310-100",
        });
    }

    /// <summary>The partner's sales: one priced, one without a price (the form asks for it), one to a buyer TOTVS does not have.</summary>
    public static IReadOnlyList<PartnerSale> Sales() =>
    [
        new("VENDA-0001", new DateOnly(2026, 11, 20), "MERCADO-SOL", [new("PA-CAFE", "Café torrado 500 g", 40, 18.90m)]),
        new("VENDA-0002", new DateOnly(2026, 11, 22), "MERCADO-SOL", [new("PA-CAFE", "Café torrado 500 g", 25, null), new("PA-MEL", "Mel 300 g", 12, 22.50m)]),
        new("VENDA-0003", new DateOnly(2026, 11, 25), "EMPORIO-LUA", [new("PA-MEL", "Mel 300 g", 6, 22.50m)]),
    ];

    /// <summary>The partner's product types and packagings, offered on the mapping screen.</summary>
    public static IReadOnlyList<string> ProductTypes { get; } = ["Insumo agrícola", "Embalagem", "Produto acabado"];

    public static IReadOnlyList<string> Packagings { get; } = ["Saco 50 kg", "Saco 25 kg", "Caixa", "Galão 5 L", "Unidade"];

    private static readonly (string Code, string Description, string Unit)[] Items =
    [
        ("MP-ADUBO", "Adubo NPK 10-10-10", "KG"), ("MP-SEMENTE", "Semente de café", "SC"), ("EMB-CAIXA", "Caixa de papelão", "UN"),
        ("MP-DEFENSIVO", "Defensivo biológico", "L"), ("PA-CAFE", "Café torrado 500 g", "UN"), ("PA-MEL", "Mel 300 g", "UN"),
    ];
}
