using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Testing.Seeding;

namespace Totvs.Ecommerce.Sdk.Tests.Testing;

/// <summary>The fake ERP refuses what Datasul refuses, with the same domain rules the SDK uses.</summary>
public sealed class FakeCatalogTests
{
    [Fact]
    public void Linking_an_item_controlled_by_reference_without_references_is_refused_with_57422()
    {
        var server = new FakeDatasulServer();
        server.AddStore("1");
        server.UpsertItem(new FakeItem { ItemCode = "CAM-001", Description = "Camiseta", ControlledByReference = true });

        var error = Assert.Throws<FakeDatasulRuleException>(() => server.LinkItem("1", "CAM-001"));

        Assert.Equal("57422", error.Rejection.Code);
    }

    [Fact]
    public void A_linked_item_cannot_change_its_unit()
    {
        var server = new FakeDatasulServer();
        server.AddStore("1").WithItem("FUR-001", "Furadeira", 10m);

        var error = Assert.Throws<FakeDatasulRuleException>(() =>
            server.UpsertItem(new FakeItem { ItemCode = "FUR-001", Description = "Furadeira", UnitOfMeasure = "CX" }));

        Assert.Contains("unit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_seed_data_is_refused_as_Datasul_would()
    {
        var server = new FakeDatasulServer();
        server.AddStore("1").WithItem("FUR-001", "Furadeira", 10m);

        Assert.Throws<ArgumentException>(() => server.SetPrice(FakeStoreBuilder.DefaultPriceTable, "FUR-001", 0m));
        Assert.Throws<ArgumentException>(() => server.SetBalance("FUR-001", "1", "ECO", -1m));
        Assert.Throws<FormatException>(() => server.UpsertItem(new FakeItem { ItemCode = "X", Description = "x", Gtin = "7891000315508" }));
    }

    [Fact]
    public void The_generated_catalog_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        var first = new FakeCatalogGenerator(5).Items(50).ToList();
        var again = new FakeCatalogGenerator(5).Items(50).ToList();
        var other = new FakeCatalogGenerator(6).Items(50).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(i => i.Item.Gtin), other.Select(i => i.Item.Gtin));
        Assert.All(first, i => Assert.True(Sdk.Domain.Identifiers.Gtin.TryParse(i.Item.Gtin, out _)));
    }
}
