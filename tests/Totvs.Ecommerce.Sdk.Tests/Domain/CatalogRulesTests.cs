using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

public sealed class CatalogRulesTests
{
    private static readonly ItemCode Shirt = ItemCode.Parse("CAM-001");

    [Fact]
    public void An_item_controlled_by_reference_without_references_cannot_be_linked_in_reference_mode()
    {
        var rejection = CatalogRules.CheckItemCanBeLinked(Shirt, StockControl.Reference, 0, CatalogMode.Reference);

        Assert.Equal("57422", rejection?.Code);
        Assert.Contains("CD1506", rejection?.Message, StringComparison.Ordinal);
        Assert.Null(CatalogRules.CheckItemCanBeLinked(Shirt, StockControl.Reference, 2, CatalogMode.Reference));
        Assert.Null(CatalogRules.CheckItemCanBeLinked(Shirt, StockControl.Reference, 0, CatalogMode.RootSku));
        Assert.Null(CatalogRules.CheckItemCanBeLinked(Shirt, StockControl.Item, 0, CatalogMode.Reference));
    }

    [Fact]
    public void A_linked_item_keeps_its_code_and_unit()
    {
        var un = UnitOfMeasure.Parse("UN");

        Assert.Null(CatalogRules.CheckLinkedItemChange(Shirt, un, Shirt, un));
        Assert.Equal("unitOfMeasure", CatalogRules.CheckLinkedItemChange(Shirt, un, Shirt, UnitOfMeasure.Parse("CX"))?.Field);
        Assert.Equal("itemCode", CatalogRules.CheckLinkedItemChange(Shirt, un, ItemCode.Parse("CAM-002"), un)?.Field);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void Publication_needs_a_link_and_a_price_or_deposit(bool linked, bool other, bool published)
    {
        Assert.Equal(published, CatalogRules.IsItemPublished(linked, other));
        Assert.Equal(published, CatalogRules.IsBalancePublished(linked, other));
    }

    [Fact]
    public void Prices_quantities_measures_and_validity_are_checked()
    {
        Assert.NotNull(CatalogRules.CheckPrice(0));
        Assert.NotNull(CatalogRules.CheckPrice(-1));
        Assert.Null(CatalogRules.CheckPrice(0.00001m));
        Assert.NotNull(CatalogRules.CheckAvailableQuantity(-0.0001m));
        Assert.Null(CatalogRules.CheckAvailableQuantity(0));
        Assert.NotNull(CatalogRules.CheckMeasure("heightCm", -1));
        Assert.Null(CatalogRules.CheckMeasure("heightCm", null));
        Assert.NotNull(CatalogRules.CheckValidity(new LocalDate(2026, 2, 1), new LocalDate(2026, 1, 31)));
        Assert.Null(CatalogRules.CheckValidity(new LocalDate(2026, 2, 1), null));
    }
}
