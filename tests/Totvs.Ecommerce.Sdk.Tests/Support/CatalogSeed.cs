using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>A small store whose published catalog each contract test knows by heart, with data that must NOT be published next to it.</summary>
public static class CatalogSeed
{
    public static string DrillGtin { get; } = WithCheckDigit("789100000001");

    public static void Standard(FakeDatasulServer server)
    {
        server.AddStore("1")
            .WithPriceTable("ECOM", "1", "2")
            .WithDeposit("10101", "ECO")
            .WithItem(new FakeItem { ItemCode = "FUR-001", Description = "Furadeira de impacto", FamilyCode = "FER", Gtin = DrillGtin, NetWeightKg = 1.8m, HeightCm = 25 }, 399.90m, 12)
            .WithItem("MAR-001", "Martelo", 49.5m, 0, "FER")
            .WithReferencedItem(new FakeItem { ItemCode = "CAM-001", Description = "Camiseta", FamilyCode = "VES" }, ("P", "Pequena", 59.9m, 5), ("M", "Média", 59.9m, 3));

        // Linked but not priced, priced but not linked, and stock in a deposit the store does not use: none is published.
        server.UpsertItem(new FakeItem { ItemCode = "SEM-PRECO", Description = "Sem preço" });
        server.LinkItem("1", "SEM-PRECO");
        server.UpsertItem(new FakeItem { ItemCode = "NAO-VINC", Description = "Não vinculado" });
        server.SetPrice("ECOM", "NAO-VINC", 10m);
        server.SetBalance("FUR-001", "10101", "OUT", 99);

        server.AddStore("2").WithPriceTable("B2B").WithItem("B2B-001", "Item só da loja 2", 1m, 1);
    }

    public static string WithCheckDigit(string dataDigits) => dataDigits + Gtin.ComputeCheckDigit(dataDigits);
}
