using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

/// <summary>A valid store and registers that admit a valid order; each test breaks one thing.</summary>
internal static class DomainFixtures
{
    public static StoreConfiguration Store() => new()
    {
        StoreCode = "1",
        Establishments =
        [
            new EstablishmentSettings
            {
                BranchId = "10101", Uf = Uf.Parse("SP"),
                IntraStateNatureza = "5102", InterStateNatureza = "6108", GiftIntraStateNatureza = "5910", GiftInterStateNatureza = "6910",
                SaleOperationType = "ECOM",
            },
        ],
        PriceTables = ["ECOM"],
        Deposits = [new StoreDeposit("10101", "ECO", IsExclusive: true)],
        DefaultCustomerGroup = new DefaultCustomerGroup { Group = 10, Portador = "341", HasCashPaymentCondition = true },
        NewCustomerCredit = CreditSituation.Automatic,
    };

    public static InMemoryErpRegisters Registers(StoreConfiguration? store = null)
    {
        var registers = new InMemoryErpRegisters
        {
            Configuration = new ErpEcommerceConfiguration
            {
                Stores = [store ?? Store()],
                StockAllocation = new StockAllocationConfiguration(StockAllocationMode.LogicalOnOrder),
            },
        };
        registers.CarriersByEcommerceId["correios-pac"] = "CORREIOS";
        registers.Representatives.Add("MKT-A");
        registers.PaymentMethods["1"] =
        [
            new PaymentMethodConfiguration { Code = "BOLETO", Type = PaymentMethodType.Boleto, Especie = "DP", EspecieGeneratesAdvance = true, SerieFiscal = "1", Portador = "341", Carteira = "1" },
            new PaymentMethodConfiguration { Code = "VISA", Type = PaymentMethodType.CreditCard, Portador = "1", Carteira = "1", CardAdministrator = "CIELO", CardBrand = "VISA" },
            new PaymentMethodConfiguration { Code = "MKT", Type = PaymentMethodType.Invoiced, Portador = "1", Carteira = "1" },
        ];
        registers.TradePolicyPriceTables["1"] = "ECOM";
        registers.StoreItems["1"] = ["FUR-001", "CAM-001"];
        registers.Prices["ECOM"] = new() { ["FUR-001"] = 399.90m, ["CAM-001/M"] = 59.90m };
        return registers;
    }

    public static OrderToAdmit Order() => new()
    {
        StoreCode = "1",
        CustomerShortName = "JOAO-SILVA",
        CustomerOrderId = "V-1001",
        StoreOrderId = "1234567890-01",
        CustomerDocument = "145.382.206-20",
        CustomerName = "João da Silva",
        DeliveryUf = "RJ",
        CarrierEcommerceId = "correios-pac",
        PaymentMethodCode = "BOLETO",
        TradePolicyId = "1",
        Items = [new OrderItemToAdmit("FUR-001", 1), new OrderItemToAdmit("CAM-001", 2, "M", IsGift: true)],
    };
}
