using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>
/// Admission before sending: given the ERP's configuration, the client runs the same <c>OrderAdmission</c> as the fake
/// and refuses a doomed order with the code Datasul answers, without a request. One rule, two callers, the same cases.
/// </summary>
public sealed class LocalAdmissionTests
{
    /// <summary>Every code the ERP's configuration decides (the causes planted by <see cref="OrderRejectionTests"/>).</summary>
    public static TheoryData<string> DecidedByTheConfiguration => new()
    {
        "INTEGRATION_DISABLED", "STORE_NOT_FOUND", "CARRIER_NOT_MAPPED", "INTERMEDIARY_NOT_REPRESENTATIVE", "PAYMENT_METHOD_NOT_REGISTERED",
        "TRADE_POLICY_NOT_LINKED", "INVALID_DOCUMENT", "57382", "STOCK_ALLOCATION_CONFLICT", "DELIVERY_UF_INVALID", "NATUREZA_NOT_CONFIGURED",
        "ESTABLISHMENT_NOT_IN_STORE", "MARKETPLACE_PAYMENT_NOT_INVOICED", "PAYMENT_METHOD_INCOMPLETE", "CASH_CONDITION",
        "CUSTOMER_NOT_IN_B2B_STORE", "SHARED_DEPOSIT",
    };

    /// <summary>What only the ERP knows (its items, prices, orders and customers): the client sends, and the ERP refuses.</summary>
    public static TheoryData<string> LeftToTheErp => new() { "ITEM_NOT_IN_STORE", "PRICE_NOT_FOUND", "CUSTOMER_GROUP_NOT_CONFIGURED" };

    [Theory]
    [MemberData(nameof(DecidedByTheConfiguration))]
    public async Task The_client_refuses_what_the_ERP_refuses_with_the_same_code_and_no_request(string cause)
    {
        // The ERP's answer, from a client that is not given the configuration.
        await using var erp = await SdkHarness.CreateAsync(seed: SalesSeed.Store, configure: o => o.AcceptLanguage = "en-US");
        var order = OrderRejectionTests.Break(erp.Server, cause, SalesSeed.Order());
        var answered = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => erp.Client.Orders.CreateAsync(order));

        // The same fake state, and a client given the configuration the fake holds.
        await using var local = await ConfiguredAsync(server => OrderRejectionTests.Break(server, cause, SalesSeed.Order()));
        var refused = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => local.Client.Orders.CreateAsync(order));

        Assert.Equal(answered.Code, refused.Code);
        Assert.Equal(CodesNamed(answered), CodesNamed(refused));
        Assert.Equal(ErrorAdvisor.For(answered.Code), ErrorAdvisor.For(refused.Code));
        Assert.Null(refused.StatusCode);
        Assert.Empty(local.Server.Journal.For("POST", local.Server.Routes.Orders));
    }

    [Theory]
    [MemberData(nameof(LeftToTheErp))]
    public async Task What_the_configuration_cannot_know_is_sent_and_the_ERP_refuses_it(string cause)
    {
        await using var local = await ConfiguredAsync(server => OrderRejectionTests.Break(server, cause, SalesSeed.Order()));
        var order = OrderRejectionTests.Break(local.Server, cause, SalesSeed.Order());

        var refused = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => local.Client.Orders.CreateAsync(order));

        Assert.Equal(500, refused.StatusCode);
        Assert.Single(local.Server.Journal.For("POST", local.Server.Routes.Orders));
    }

    [Fact]
    public async Task A_sound_order_goes_through_with_the_configuration_given()
    {
        await using var local = await ConfiguredAsync(_ => { });

        var created = await local.Client.Orders.CreateAsync(SalesSeed.Order());

        Assert.Equal(CreationOutcome.Created, created.Outcome);
    }

    [Fact]
    public async Task A_batch_refuses_the_doomed_order_and_sends_the_others()
    {
        await using var local = await ConfiguredAsync(_ => { });
        var doomed = SalesSeed.Order("V-2") with { EcommerceOrderId = "2-01", CarrierEcommerceId = "jadlog-x" };

        var outcomes = await local.Client.Orders.CreateManyAsync([SalesSeed.Order("V-1"), doomed]).ToListAsync();

        Assert.Equal("CARRIER_NOT_MAPPED", Assert.IsType<TotvsBusinessRuleException>(outcomes.Single(o => o.Index == 1).Failure).Code);
        Assert.NotNull(outcomes.Single(o => o.Index == 0).Result);
        Assert.Single(local.Server.Journal.For("POST", local.Server.Routes.Orders));
    }

    [Fact]
    public async Task Without_a_configuration_the_ERP_alone_judges()
    {
        await using var erp = await SdkHarness.CreateAsync(seed: SalesSeed.Store);

        await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => erp.Client.Orders.CreateAsync(SalesSeed.Order() with { CarrierEcommerceId = "jadlog-x" }));

        Assert.Single(erp.Server.Journal.For("POST", erp.Server.Routes.Orders));
    }

    [Fact]
    public void The_configuration_is_read_from_the_clients_configuration_section()
    {
        var provider = Provider(new()
        {
            ["ErpConfiguration:Release"] = "12.1.2403",
            ["ErpConfiguration:IcmsIncludedInPrice"] = "true",
            ["ErpConfiguration:CarrierEcommerceIds:0"] = "correios-pac",
            ["ErpConfiguration:Stores:0:StoreCode"] = "1",
            ["ErpConfiguration:Stores:0:Establishments:0:BranchId"] = "1",
            ["ErpConfiguration:Stores:0:Establishments:0:Uf"] = "SP",
            ["ErpConfiguration:Stores:0:Establishments:0:IntraStateNatureza"] = "5102",
            ["ErpConfiguration:Stores:0:Deposits:0:BranchId"] = "1",
            ["ErpConfiguration:Stores:0:Deposits:0:WarehouseCode"] = "ECO",
            ["ErpConfiguration:Stores:0:PaymentMethods:0:Code"] = "BOLETO",
            ["ErpConfiguration:Stores:0:PaymentMethods:0:Type"] = "Boleto",
            ["ErpConfiguration:Stores:0:PaymentMethods:0:EspecieGeneratesAdvance"] = "true",
        });

        var erp = provider.GetRequiredService<IOptions<TotvsEcommerceOptions>>().Value.erpConfiguration!;

        Assert.Equal(("12.1.2403", true, "correios-pac"), (erp.Release, erp.IcmsIncludedInPrice, erp.CarrierEcommerceIds!.Single()));
        var store = erp.Stores.Single();
        Assert.Equal(("1", "SP", "5102", "1/ECO"), (store.StoreCode, store.Establishments.Single().Uf.Code, store.Establishments.Single().IntraStateNatureza, store.Deposits.Single().ToString()));
        Assert.Equal((PaymentMethodType.Boleto, true), (store.PaymentMethods!.Single().Type, store.PaymentMethods!.Single().EspecieGeneratesAdvance));
        Assert.Null(erp.Marketplaces); // not given: not known, not judged
    }

    [Fact]
    public void A_configuration_missing_a_required_value_fails_at_start_naming_it()
    {
        var provider = Provider(new() { ["ErpConfiguration:Stores:0:Establishments:0:Uf"] = "SP" });

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IOptions<TotvsEcommerceOptions>>().Value);

        Assert.Contains("ErpConfiguration cannot be read at '$.Stores[0].Establishments[0]'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'BranchId'", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> erp)
    {
        var settings = new Dictionary<string, string?>
        {
            ["BaseAddress"] = "https://erp.example.com.br:8543",
            ["Authentication:Username"] = "u",
            ["Authentication:Password"] = "p",
        };
        foreach (var (key, value) in erp)
        {
            settings[key] = value;
        }

        var services = new ServiceCollection();
        services.AddTotvsEcommerce(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    private static async Task<SdkHarness> ConfiguredAsync(Action<FakeDatasulServer> plant)
    {
        FakeDatasulServer? seeded = null;
        return await SdkHarness.CreateAsync(
            seed: server =>
            {
                SalesSeed.Store(server);
                plant(server);
                seeded = server;
            },
            configure: o => o.UseErpConfiguration(seeded!.ErpConfiguration).AcceptLanguage = "en-US");
    }

    /// <summary>The code and every code of the details (the ERP refuses a switched-off integration without details).</summary>
    private static List<string?> CodesNamed(TotvsApiException error) => error.Error!.Details.Select(d => d.Code).Prepend(error.Code).Distinct().ToList();
}
