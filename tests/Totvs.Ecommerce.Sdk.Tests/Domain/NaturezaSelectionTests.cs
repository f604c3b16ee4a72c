using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

public sealed class NaturezaSelectionTests
{
    private static readonly Uf Sp = Uf.Parse("SP");
    private static readonly Uf Rj = Uf.Parse("RJ");

    private static readonly EstablishmentSettings Establishment = new()
    {
        BranchId = "10101", Uf = Sp,
        IntraStateNatureza = "5102", InterStateNatureza = "6108", GiftIntraStateNatureza = "5910", GiftInterStateNatureza = "6910",
        SaleOperationType = "ECOM",
    };

    [Theory]
    [InlineData("SP", false, "5102", false)]
    [InlineData("RJ", false, "6108", true)]
    [InlineData("SP", true, "5910", false)]
    [InlineData("RJ", true, "6910", true)]
    public void Intra_or_inter_state_by_delivery_UF_and_gift_items_take_the_gift_naturezas(string delivery, bool gift, string natureza, bool interState)
    {
        var rejection = NaturezaSelection.Choose(new StoreConfiguration { StoreCode = "1" }, Establishment, Uf.Parse(delivery), gift, "IT1", [], out var choice);

        Assert.Null(rejection);
        Assert.Equal(new NaturezaChoice(natureza, NaturezaSource.Establishment, interState), choice);
    }

    [Fact]
    public void With_the_automatic_suggestion_on_the_rule_of_the_sale_operation_type_decides()
    {
        var store = new StoreConfiguration { StoreCode = "1", AutomaticNaturezaSuggestion = true };
        NaturezaSuggestionRule[] rules =
        [
            new() { SaleOperationType = "OTHER", Natureza = "X" },
            new() { SaleOperationType = "ECOM", ToUf = Rj, Natureza = "6102" },
        ];

        NaturezaSelection.Choose(store, Establishment, Rj, false, "IT1", rules, out var choice);

        Assert.Equal(new NaturezaChoice("6102", NaturezaSource.SuggestionRule, true), choice);
    }

    [Fact]
    public void No_rule_rejects_with_57382_when_the_store_says_so_and_falls_back_otherwise()
    {
        var strict = new StoreConfiguration { StoreCode = "1", AutomaticNaturezaSuggestion = true, RejectWhenNoNaturezaRule = true };
        var lenient = strict with { RejectWhenNoNaturezaRule = false };
        NaturezaSuggestionRule[] rules = [new() { SaleOperationType = "ECOM", ToUf = Sp, Natureza = "5102" }];

        var rejection = NaturezaSelection.Choose(strict, Establishment, Rj, false, "IT-77", rules, out var none);
        NaturezaSelection.Choose(lenient, Establishment, Rj, false, "IT-77", rules, out var fallback);

        Assert.Equal("57382", rejection?.Code);
        Assert.Contains("IT-77", rejection?.Message, StringComparison.Ordinal);
        Assert.Contains("57382", rejection?.PortugueseMessage, StringComparison.Ordinal);
        Assert.Null(none);
        Assert.Equal("6108", fallback?.Natureza);
    }

    [Fact]
    public void A_missing_establishment_natureza_is_a_rejection_naming_which()
    {
        var establishment = Establishment with { GiftInterStateNatureza = null };

        var rejection = NaturezaSelection.Choose(new StoreConfiguration { StoreCode = "1" }, establishment, Rj, true, "IT1", [], out _);

        Assert.Contains("gift inter-state", rejection?.Message, StringComparison.Ordinal);
    }
}
