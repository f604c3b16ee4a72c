using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>
/// What the integrator's <see cref="ErpEcommerceConfiguration"/> tells of the ERP's registers, for one store: the
/// configuration itself, and the carriers, marketplaces, payment methods, trade policies and natureza rules it lists.
/// Items, prices, orders and customers are never known: the ERP judges them.
/// </summary>
internal sealed class ConfiguredErpRegisters(ErpEcommerceConfiguration configuration, string storeCode) : IPartialErpRegisters
{
    private readonly StoreConfiguration? store = configuration.Stores.FirstOrDefault(s => s.StoreCode == storeCode);

    public ErpEcommerceConfiguration Configuration => configuration;

    public IReadOnlyList<NaturezaSuggestionRule> NaturezaRules => configuration.NaturezaRules ?? [];

    public bool Knows(ErpRegister register) => register switch
    {
        ErpRegister.Carriers => configuration.CarrierEcommerceIds is not null,
        ErpRegister.Representatives => configuration.Marketplaces is not null,
        ErpRegister.PaymentMethods => store?.PaymentMethods is not null,
        ErpRegister.TradePolicies => store?.TradePolicies is not null,
        ErpRegister.NaturezaRules => configuration.NaturezaRules is not null,
        _ => false,
    };

    public string? FindCarrier(string carrierEcommerceId) =>
        configuration.CarrierEcommerceIds?.FirstOrDefault(id => string.Equals(id, carrierEcommerceId, StringComparison.OrdinalIgnoreCase));

    public bool IsRepresentative(string shortName) =>
        configuration.Marketplaces?.Contains(shortName, StringComparer.OrdinalIgnoreCase) == true;

    public PaymentMethodConfiguration? FindPaymentMethod(string storeCode, string paymentMethodCode) =>
        store?.PaymentMethods?.FirstOrDefault(m => string.Equals(m.Code, paymentMethodCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>A policy the store lists is linked to one of its tables (which one only the ERP knows); another is not.</summary>
    public string? FindPriceTableOfTradePolicy(string tradePolicyId) =>
        store?.TradePolicies?.Contains(tradePolicyId, StringComparer.Ordinal) == true ? store.PriceTables.FirstOrDefault() : null;

    public bool IsItemLinked(string storeCode, ItemCode itemCode) => true;

    public decimal? FindPrice(string priceTable, ItemCode itemCode, ReferenceCode? referenceCode) => null;

    public long? FindOrder(string customerShortName, string customerOrderId) => null;

    public string? FindCustomer(CpfOrCnpj document) => null;
}
