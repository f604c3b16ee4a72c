using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;
using Totvs.Ecommerce.Sdk.Orders;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Testing;
using Totvs.Ecommerce.Sdk.Tests.Support;

namespace Totvs.Ecommerce.Sdk.Tests.Sales;

/// <summary>Every rejection code of the order-admission table, produced through the HTTP API.</summary>
public sealed class OrderRejectionTests
{
    public static TheoryData<string, string> Codes => new()
    {
        { "INTEGRATION_DISABLED", "CD0101" },
        { "STORE_NOT_FOUND", "'9'" },
        { "CARRIER_NOT_MAPPED", "'jadlog-x'" },
        { "INTERMEDIARY_NOT_REPRESENTATIVE", "'MKT-Z'" },
        { "PAYMENT_METHOD_NOT_REGISTERED", "'PIX'" },
        { "TRADE_POLICY_NOT_LINKED", "'7'" },
        { "ITEM_NOT_IN_STORE", "'XPTO'" },
        { "PRICE_NOT_FOUND", "'SEM-PRECO'" },
        { "INVALID_DOCUMENT", "CPF" },
        { "57382", "automatic suggestion rule" },
        { "ORDER_DUPLICATE", "already" },
        { "STOCK_ALLOCATION_CONFLICT", "exactly one deposit" },
        { "DELIVERY_UF_INVALID", "UF" },
        { "NATUREZA_NOT_CONFIGURED", "natureza de operação for item" },
        { "ESTABLISHMENT_NOT_IN_STORE", "Establishment 99" },
        { "MARKETPLACE_PAYMENT_NOT_INVOICED", "Faturado" },
        { "PAYMENT_METHOD_INCOMPLETE", "Carteira is required" },
        { "CUSTOMER_GROUP_NOT_CONFIGURED", "no default customer group" },
        { "CASH_CONDITION", "\"à vista\"" },
        { "SHARED_DEPOSIT", "which store 2 also uses" },
        { "CUSTOMER_NOT_IN_B2B_STORE", "'JOAO-SILVA'" },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task Each_rejection_reaches_the_caller_with_its_code_and_what_to_fix(string code, string named)
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store, configure: o => o.AcceptLanguage = "en-US");
        var order = Break(harness.Server, code, SalesSeed.Order());
        if (code == "ORDER_DUPLICATE")
        {
            // The SDK turns a duplicate into "already existed"; the raw rejection is what a second POST answers.
            await harness.Client.Orders.CreateAsync(order);
            var second = await harness.Client.Orders.CreateAsync(order);
            Assert.Equal(CreationOutcome.AlreadyExisted, second.Outcome);
            var answer = harness.Server.Journal.For("POST", harness.Server.Routes.Orders)[1];
            Assert.Equal(500, answer.StatusCode);
            return;
        }

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Orders.CreateAsync(order));

        Assert.Equal(code switch { "CASH_CONDITION" => "CUSTOMER_GROUP_NOT_CONFIGURED", "SHARED_DEPOSIT" => "STOCK_ALLOCATION_CONFLICT", _ => code }, error.Code);
        Assert.Equal(500, error.StatusCode);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Orders);
        Assert.Single(harness.Server.Journal.For("POST", harness.Server.Routes.Orders));
    }

    [Fact]
    public async Task Several_rejections_are_all_named_in_the_exception()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store, configure: o => o.AcceptLanguage = "en-US");
        var order = SalesSeed.Order() with { CarrierEcommerceId = "jadlog-x", PaymentMethod = SalesSeed.Order().PaymentMethod! with { Code = "PIX" } };

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() => harness.Client.Orders.CreateAsync(order));

        Assert.Equal("CARRIER_NOT_MAPPED", error.Code);
        Assert.Contains("PAYMENT_METHOD_NOT_REGISTERED", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Error!.Details.Count);
    }

    [Fact]
    public async Task Rejections_come_in_Portuguese_by_default()
    {
        await using var harness = await SdkHarness.CreateAsync(seed: SalesSeed.Store);

        var error = await Assert.ThrowsAsync<TotvsBusinessRuleException>(() =>
            harness.Client.Orders.CreateAsync(SalesSeed.Order() with { CarrierEcommerceId = "jadlog-x" }));

        Assert.Contains("não está vinculado", error.ServerMessage, StringComparison.Ordinal);
    }

    /// <summary>Plants the cause of <paramref name="code"/> in the fake or the order (also used by <see cref="LocalAdmissionTests"/>).</summary>
    internal static Order Break(FakeDatasulServer server, string code, Order order)
    {
        switch (code)
        {
            case "INTEGRATION_DISABLED": server.SetIntegrationEnabled(false); return order;
            case "STORE_NOT_FOUND": return order with { EcommerceStoreCode = "9" };
            case "CARRIER_NOT_MAPPED": return order with { CarrierEcommerceId = "jadlog-x" };
            case "INTERMEDIARY_NOT_REPRESENTATIVE": return order with { Intermediary = new OrderIntermediary { ShortName = "MKT-Z" } };
            case "PAYMENT_METHOD_NOT_REGISTERED": return order with { PaymentMethod = order.PaymentMethod! with { Code = "PIX" } };
            case "TRADE_POLICY_NOT_LINKED": return order with { TradePolicyId = "7" };
            case "ITEM_NOT_IN_STORE": return order with { OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("XPTO"), OriginalPrice = 1, QuantityBilling = 1 }] };
            case "PRICE_NOT_FOUND":
                server.UpsertItem(new FakeItem { ItemCode = "SEM-PRECO", Description = "Sem preço" });
                server.LinkItem("1", "SEM-PRECO");
                return order with { OrderItems = [new OrderItem { ItemCode = ItemCode.Parse("SEM-PRECO"), OriginalPrice = 1, QuantityBilling = 1 }] };
            case "INVALID_DOCUMENT": return order with { EcommerceCustomerPersonalId = null }; // the client checks a CPF it is given; the ERP also refuses none
            case "57382":
                server.ConfigureStore("1", s => s with { AutomaticNaturezaSuggestion = true, RejectWhenNoNaturezaRule = true });
                server.AddNaturezaRule(new NaturezaSuggestionRule { SaleOperationType = "OUTRA", Natureza = "5102" });
                return order;
            case "STOCK_ALLOCATION_CONFLICT": server.SetStockAllocation(new StockAllocationConfiguration(StockAllocationMode.LogicalOnOrder)); return order;
            case "DELIVERY_UF_INVALID": return order with { EcommerceDeliveryAddress = order.EcommerceDeliveryAddress! with { State = null } };
            case "NATUREZA_NOT_CONFIGURED":
                server.ConfigureStore("1", s => s with { Establishments = [.. s.Establishments.Select(e => e with { IntraStateNatureza = string.Empty, InterStateNatureza = string.Empty })] });
                return order;
            case "ESTABLISHMENT_NOT_IN_STORE": return order with { BranchId = "99" };
            case "MARKETPLACE_PAYMENT_NOT_INVOICED": return order with { Intermediary = new OrderIntermediary { ShortName = "MKT-A" } }; // paid by boleto
            case "PAYMENT_METHOD_INCOMPLETE":
                server.SetPaymentMethods("1", new Totvs.Ecommerce.Sdk.Domain.Payments.PaymentMethodConfiguration
                {
                    Code = "BOLETO", Type = Totvs.Ecommerce.Sdk.Domain.Payments.PaymentMethodType.Boleto, Especie = "DP", EspecieGeneratesAdvance = true,
                    SerieFiscal = "1", Portador = "341",
                });
                return order;
            case "CUSTOMER_GROUP_NOT_CONFIGURED": server.ConfigureStore("1", s => s with { DefaultCustomerGroup = null }); return order; // a new customer
            case "CASH_CONDITION":
                server.ConfigureStore("1", s => s with { DefaultCustomerGroup = s.DefaultCustomerGroup! with { HasCashPaymentCondition = false } });
                return order;
            case "CUSTOMER_NOT_IN_B2B_STORE":
                server.ConfigureStore("1", s => s with { BusinessModel = Totvs.Ecommerce.Sdk.Domain.Stores.BusinessModel.B2B, B2BCustomers = ["OUTRO-CLIENTE"] });
                return order;
            case "SHARED_DEPOSIT":
                server.MarkDepositExclusive("1", "1", "ECO");
                server.AddStore("2").WithDeposit("1", "ECO");
                server.SetStockAllocation(new StockAllocationConfiguration(StockAllocationMode.LogicalOnOrder));
                return order;

            default: return order;
        }
    }
}
