using Totvs.Ecommerce.Sdk.Domain.StockAllocation;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

/// <summary>Store configuration rules (domain rules §1): each broken rule is named with its setting.</summary>
public sealed class EcommerceConfigurationValidatorTests
{
    [Fact]
    public void A_valid_configuration_has_no_problem() =>
        Assert.Empty(EcommerceConfigurationValidator.Validate(Configuration(DomainFixtures.Store())));

    [Fact]
    public void The_integration_must_be_on() =>
        AssertProblem(Configuration(DomainFixtures.Store()) with { IntegrationEnabled = false }, "IntegrationEnabled", "CD0101");

    [Fact]
    public void Legacy_releases_use_only_store_1_and_one_store_per_business_model()
    {
        var legacy = Configuration(DomainFixtures.Store(), DomainFixtures.Store() with { StoreCode = "2" }) with { IsLegacyRelease = true };

        var problems = EcommerceConfigurationValidator.Validate(legacy);

        Assert.Contains(problems, p => p.Setting == "Stores[2]" && p.Message.Contains("only store code 1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Setting == "Stores" && p.Message.Contains("one store per business model", StringComparison.Ordinal));
    }

    [Fact]
    public void Current_releases_allow_several_stores_per_business_model_with_distinct_codes()
    {
        Assert.Empty(EcommerceConfigurationValidator.Validate(Configuration(DomainFixtures.Store(), DomainFixtures.Store() with { StoreCode = "2" })));
        AssertProblem(Configuration(DomainFixtures.Store(), DomainFixtures.Store()), "Stores[1]", "each store needs its own code");
    }

    [Fact]
    public void Every_establishment_needs_its_four_naturezas_within_6_characters()
    {
        var establishment = DomainFixtures.Store().Establishments[0] with { GiftIntraStateNatureza = null, InterStateNatureza = "6108ABC" };

        var problems = EcommerceConfigurationValidator.Validate(DomainFixtures.Store() with { Establishments = [establishment] });

        Assert.Equal(
            ["Stores[1].Establishments[10101].InterStateNatureza", "Stores[1].Establishments[10101].GiftIntraStateNatureza"],
            problems.Select(p => p.Setting));
    }

    [Fact]
    public void The_automatic_suggestion_needs_a_sale_operation_type()
    {
        var store = DomainFixtures.Store() with
        {
            AutomaticNaturezaSuggestion = true,
            Establishments = [DomainFixtures.Store().Establishments[0] with { SaleOperationType = null }],
        };

        AssertProblem(Configuration(store), "Stores[1].Establishments[10101].SaleOperationType", "Tipo Op. Venda");
    }

    [Fact]
    public void A_store_links_establishments_price_tables_and_deposits()
    {
        var store = DomainFixtures.Store() with { Establishments = [], PriceTables = [], Deposits = [] };

        var settings = EcommerceConfigurationValidator.Validate(store).Select(p => p.Setting).ToList();

        Assert.Equal(["Stores[1].Establishments", "Stores[1].PriceTables", "Stores[1].Deposits"], settings);
    }

    [Fact]
    public void Only_B2B_stores_link_customers()
    {
        AssertProblem(Configuration(DomainFixtures.Store() with { B2BCustomers = ["ACME"] }), "Stores[1].B2BCustomers", "only to B2B");
        Assert.Empty(EcommerceConfigurationValidator.Validate(DomainFixtures.Store() with { BusinessModel = BusinessModel.B2B, B2BCustomers = ["ACME"] }));
    }

    [Fact]
    public void The_default_customer_group_is_required_and_pays_cash()
    {
        AssertProblem(Configuration(DomainFixtures.Store() with { DefaultCustomerGroup = null }), "Stores[1].DefaultCustomerGroup", "default customer group");
        AssertProblem(
            Configuration(DomainFixtures.Store() with { DefaultCustomerGroup = new DefaultCustomerGroup { Group = 10 } }),
            "Stores[1].DefaultCustomerGroup", "à vista");
    }

    [Fact]
    public void A_company_uses_one_catalog_mode() =>
        AssertProblem(
            Configuration(DomainFixtures.Store(), DomainFixtures.Store() with { StoreCode = "2", UsesRootSku = true }),
            "Stores[*].UsesRootSku", "one mode");

    [Fact]
    public void The_allocation_rules_are_checked_for_every_store() =>
        AssertProblem(
            Configuration(DomainFixtures.Store() with { Deposits = [new StoreDeposit("10101", "A")] }),
            "Stores[1].Deposits", "exactly one deposit");

    private static ErpEcommerceConfiguration Configuration(params StoreConfiguration[] stores) => new()
    {
        Stores = stores,
        StockAllocation = new StockAllocationConfiguration(StockAllocationMode.LogicalOnOrder),
    };

    private static void AssertProblem(ErpEcommerceConfiguration configuration, string setting, string text)
    {
        var problems = EcommerceConfigurationValidator.Validate(configuration);
        Assert.Contains(problems, p => p.Setting == setting && p.Message.Contains(text, StringComparison.Ordinal));
    }
}
