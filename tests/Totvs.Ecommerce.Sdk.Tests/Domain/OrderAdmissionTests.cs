using Totvs.Ecommerce.Sdk.Domain;
using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

/// <summary>Order admission (domain rules §3): one test per rule, each failing if the rule is removed.</summary>
public sealed class OrderAdmissionTests
{
    [Fact]
    public void A_valid_order_is_admitted_with_naturezas_customer_allocation_and_billing_release()
    {
        var result = OrderAdmission.Admit(DomainFixtures.Registers(), DomainFixtures.Order());

        Assert.True(result.IsAdmitted, string.Join("; ", result.Rejections));
        var order = result.Order!;
        Assert.Equal("10101", order.BranchId);
        Assert.Equal("ECOM", order.PriceTable);
        Assert.Equal("CORREIOS", order.CarrierCode);
        Assert.Equal(["6108", "6910"], order.Items.Select(i => i.Natureza.Natureza));
        Assert.Equal([399.90m, 59.90m], order.Items.Select(i => i.UnitPrice));
        Assert.Equal(BillingRelease.WhenTitleSettled, order.BillingRelease);
        Assert.Equal(ReceivableIntegration.SalesOrder, order.Payment.Receivable);
        Assert.Equal(EcommerceOrderAllocation.LogicalInExclusiveDeposit, order.Allocation.Kind);
        Assert.Equal("V-1001", order.CustomerOrderId);
        var customer = order.CustomerToCreate!;
        Assert.Equal(10, customer.Group.Group);
        Assert.Equal(CreditSituation.Automatic, customer.Credit);
        Assert.Equal(1, customer.EntityType);
        Assert.Equal(Cpf.Parse("14538220620"), customer.Document.Cpf);
    }

    [Fact]
    public void A_known_customer_is_not_created_again()
    {
        var registers = DomainFixtures.Registers();
        registers.Customers[CpfOrCnpj.Parse("14538220620")] = "JOAO-SILVA";

        Assert.Null(OrderAdmission.Admit(registers, DomainFixtures.Order()).Order!.CustomerToCreate);
    }

    [Fact]
    public void The_store_order_number_replaces_the_customer_order_number_when_the_store_says_so()
    {
        var registers = DomainFixtures.Registers(DomainFixtures.Store() with { UsesStoreOrderNumber = true, CompletesOrder = true });

        var order = OrderAdmission.Admit(registers, DomainFixtures.Order()).Order!;

        Assert.Equal("1234567890-01", order.CustomerOrderId);
        Assert.True(order.Completed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Completa_pedido_decides_whether_the_order_enters_complete(bool completesOrder)
    {
        var registers = DomainFixtures.Registers(DomainFixtures.Store() with { CompletesOrder = completesOrder });

        var order = OrderAdmission.Admit(registers, DomainFixtures.Order()).Order!;

        Assert.Equal(completesOrder, order.Completed);
    }

    [Theory]
    [InlineData("VISA", BillingRelease.Immediately)]
    [InlineData("MKT", BillingRelease.AfterCreditApproval)]
    public void The_payment_method_decides_when_the_order_is_released_for_billing(string code, BillingRelease release) =>
        Assert.Equal(release, OrderAdmission.Admit(DomainFixtures.Registers(), DomainFixtures.Order() with { PaymentMethodCode = code }).Order!.BillingRelease);

    public static TheoryData<string, string, string> BrokenOrders => new()
    {
        { "INTEGRATION_DISABLED", "integration", "CD0101" },
        { "STORE_NOT_FOUND", "store", "'9'" },
        { "CARRIER_NOT_MAPPED", "carrier", "'jadlog-x'" },
        { "INTERMEDIARY_NOT_REPRESENTATIVE", "intermediary", "'MKT-Z'" },
        { "PAYMENT_METHOD_NOT_REGISTERED", "payment", "'PIX'" },
        { "TRADE_POLICY_NOT_LINKED", "tradePolicy", "'7'" },
        { "ITEM_NOT_IN_STORE", "item", "'XPTO'" },
        { "PRICE_NOT_FOUND", "price", "'CAM-001' reference 'P'" },
        { "INVALID_DOCUMENT", "document", "CPF" },
        { "57382", "natureza", "automatic suggestion rule" },
        { "ORDER_DUPLICATE", "duplicate", "order 4711" },
        { "STOCK_ALLOCATION_CONFLICT", "allocation", "exactly one deposit" },
        { "ORDER_WITHOUT_ITEMS", "noItems", "no items" },
        { "DELIVERY_UF_INVALID", "uf", "'XX'" },
        { "NATUREZA_NOT_CONFIGURED", "establishmentNatureza", "no inter-state natureza" },
        { "ESTABLISHMENT_NOT_IN_STORE", "establishment", "Establishment 99" },
        { "MARKETPLACE_PAYMENT_NOT_INVOICED", "marketplacePayment", "Faturado" },
    };

    [Theory]
    [MemberData(nameof(BrokenOrders))]
    public void Each_broken_rule_is_rejected_with_its_code_and_what_to_fix(string code, string breakWhat, string named)
    {
        // 57382 means one thing only (no suggestion rule while the store's flag is on); every other failure has its own code.
        var registers = DomainFixtures.Registers();
        var order = DomainFixtures.Order();
        switch (breakWhat)
        {
            case "integration": registers.Configuration = registers.Configuration with { IntegrationEnabled = false }; break;
            case "store": order = order with { StoreCode = "9" }; break;
            case "carrier": order = order with { CarrierEcommerceId = "jadlog-x" }; break;
            case "intermediary": order = order with { IntermediaryShortName = "MKT-Z", PaymentMethodCode = "MKT" }; break;
            case "payment": order = order with { PaymentMethodCode = "PIX" }; break;
            case "tradePolicy": order = order with { TradePolicyId = "7" }; break;
            case "item": order = order with { Items = [new OrderItemToAdmit("XPTO", 1)] }; break;
            case "price": order = order with { Items = [new OrderItemToAdmit("CAM-001", 1, "P")] }; break;
            case "document": order = order with { CustomerDocument = "145.382.206-21" }; break;
            case "natureza":
                registers.Configuration = registers.Configuration with
                {
                    Stores = [DomainFixtures.Store() with { AutomaticNaturezaSuggestion = true, RejectWhenNoNaturezaRule = true }],
                };
                break;
            case "duplicate": registers.Orders[("JOAO-SILVA", "V-1001")] = 4711; break;
            case "noItems": order = order with { Items = [] }; break;
            case "uf": order = order with { DeliveryUf = "XX" }; break;
            case "establishmentNatureza":
                registers.Configuration = registers.Configuration with
                {
                    Stores = [DomainFixtures.Store() with { Establishments = [.. DomainFixtures.Store().Establishments.Select(e => e with { InterStateNatureza = null })] }],
                };
                break;
            case "establishment": order = order with { BranchId = "99" }; break;
            case "marketplacePayment": order = order with { IntermediaryShortName = "MKT-A", PaymentMethodCode = "VISA" }; break;
            case "allocation":
                registers.Configuration = registers.Configuration with
                {
                    Stores = [DomainFixtures.Store() with { Deposits = [new StoreDeposit("10101", "A", true), new StoreDeposit("10101", "B")] }],
                };
                break;
        }

        var result = OrderAdmission.Admit(registers, order);

        Assert.False(result.IsAdmitted);
        Assert.Contains(result.Rejections, r => r.Code == code && r.Message.Contains(named, StringComparison.Ordinal));
        Assert.True(code == "57382" || result.Rejections.All(r => r.Code != "57382"), string.Join(" | ", result.Rejections.Select(r => r.Code)));
        Assert.All(result.Rejections, r => Assert.False(string.IsNullOrWhiteSpace(r.PortugueseMessage)));
    }

    [Fact]
    public void Every_rejection_is_returned_at_once()
    {
        var order = DomainFixtures.Order() with
        {
            CarrierEcommerceId = "unknown",
            PaymentMethodCode = "PIX",
            CustomerDocument = "000",
            Items = [new OrderItemToAdmit("XPTO", 1)],
        };

        var result = OrderAdmission.Admit(DomainFixtures.Registers(), order);

        Assert.Equal(["CARRIER_NOT_MAPPED", "PAYMENT_METHOD_NOT_REGISTERED", "INVALID_DOCUMENT", "ITEM_NOT_IN_STORE"], result.Rejections.Select(r => r.Code));
    }

    /// <summary>docs/domain.md, "Orders without a carrier or priced 0": only a brinde goes free.</summary>
    [Fact]
    public void A_sold_item_priced_zero_is_refused_and_a_gift_priced_zero_is_admitted()
    {
        var order = DomainFixtures.Order() with
        {
            Items = [new OrderItemToAdmit("FUR-001", 1) { UnitPrice = 0 }, new OrderItemToAdmit("CAM-001", 2, "M", IsGift: true) { UnitPrice = 0 }],
        };

        var rejection = Assert.Single(OrderAdmission.Admit(DomainFixtures.Registers(), order).Rejections);
        var gifts = OrderAdmission.Admit(DomainFixtures.Registers(), order with { Items = [order.Items[0] with { UnitPrice = 399.90m }, order.Items[1]] });

        Assert.Equal(("ITEM_PRICED_ZERO", "OrderItems.OriginalPrice"), (rejection.Code, rejection.Field));
        Assert.True(gifts.IsAdmitted);
    }

    /// <summary>The guide's carrier rule is about an id the store sends; an order without one (a pickup) has nothing to link.</summary>
    [Fact]
    public void An_order_without_a_carrier_is_admitted_and_one_with_an_unlinked_carrier_is_not()
    {
        var without = OrderAdmission.Admit(DomainFixtures.Registers(), DomainFixtures.Order() with { CarrierEcommerceId = null });
        var unlinked = OrderAdmission.Admit(DomainFixtures.Registers(), DomainFixtures.Order() with { CarrierEcommerceId = "jadlog" });

        Assert.Null(without.Order!.CarrierCode);
        Assert.Equal("CARRIER_NOT_MAPPED", Assert.Single(unlinked.Rejections).Code);
    }

    [Fact]
    public void A_duplicate_points_at_the_existing_order()
    {
        var registers = DomainFixtures.Registers();
        registers.Orders[("JOAO-SILVA", "V-1001")] = 4711;

        var rejection = OrderAdmission.Admit(registers, DomainFixtures.Order()).Rejections.Single();

        Assert.Equal("4711", rejection.RelatedKey);
    }

    [Fact]
    public void Rejections_speak_the_language_asked_for()
    {
        var rejection = OrderAdmission.Admit(DomainFixtures.Registers(), DomainFixtures.Order() with { CarrierEcommerceId = "x" }).Rejections.Single();

        Assert.StartsWith("O ID e-commerce", rejection.MessageFor("pt-BR"), StringComparison.Ordinal);
        Assert.StartsWith("Carrier e-commerce id", rejection.MessageFor("en-US"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_suggestion_rule_gives_the_natureza_when_the_suggestion_is_on()
    {
        var registers = DomainFixtures.Registers(DomainFixtures.Store() with { AutomaticNaturezaSuggestion = true, RejectWhenNoNaturezaRule = true });
        registers.NaturezaRules = [new NaturezaSuggestionRule { SaleOperationType = "ECOM", Natureza = "6102" }];

        var order = OrderAdmission.Admit(registers, DomainFixtures.Order()).Order!;

        Assert.All(order.Items, i => Assert.Equal(new NaturezaChoice("6102", NaturezaSource.SuggestionRule, true), i.Natureza));
    }

    [Fact]
    public void Rejection_is_a_plain_record()
    {
        var rejection = new Rejection("X", "m");

        Assert.Equal("[X] m", rejection.ToString());
        Assert.Equal("m", rejection.MessageFor("pt-BR"));
    }
}
