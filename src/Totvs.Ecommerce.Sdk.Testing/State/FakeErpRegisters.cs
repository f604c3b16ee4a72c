using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.Stores;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>The fake ERP's state seen as the registers order admission reads; used under the state's lock.</summary>
internal sealed class FakeErpRegisters(DatasulState state) : IErpRegisters
{
    public ErpEcommerceConfiguration Configuration => new()
    {
        IntegrationEnabled = state.IntegrationEnabled,
        StockAllocation = state.StockAllocation,
        Stores = state.Stores.Values.Select(s => s.ToConfiguration()).ToList(),
    };

    public IReadOnlyList<NaturezaSuggestionRule> NaturezaRules => state.NaturezaRules;

    public string? FindCarrier(string carrierEcommerceId) =>
        state.Carriers.TryGetValue(carrierEcommerceId, out var carrier) ? carrier.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    public bool IsRepresentative(string shortName) => state.Representatives.Contains(shortName);

    public PaymentMethodConfiguration? FindPaymentMethod(string storeCode, string paymentMethodCode) =>
        state.Stores.GetValueOrDefault(storeCode)?.PaymentMethods.FirstOrDefault(m => string.Equals(m.Code, paymentMethodCode, StringComparison.OrdinalIgnoreCase));

    public string? FindPriceTableOfTradePolicy(string tradePolicyId) =>
        state.PriceTables.Values.FirstOrDefault(t => t.TradePolicies.Contains(tradePolicyId, StringComparer.Ordinal))?.Code;

    public bool IsItemLinked(string storeCode, ItemCode itemCode) => state.Stores.GetValueOrDefault(storeCode)?.ItemCodes.Contains(itemCode.Value) == true;

    public decimal? FindPrice(string priceTable, ItemCode itemCode, ReferenceCode? referenceCode)
    {
        var prices = state.PriceTables.GetValueOrDefault(priceTable)?.Prices;
        return prices?.GetValueOrDefault(PriceRecord.KeyOf(itemCode, referenceCode))?.Price
            ?? prices?.GetValueOrDefault(PriceRecord.KeyOf(itemCode, null))?.Price;
    }

    public long? FindOrder(string customerShortName, string customerOrderId) =>
        state.OrdersByNaturalKey.TryGetValue((customerShortName, customerOrderId), out var orderId) ? orderId : null;

    public string? FindDeliveryPlaceUf(string customerShortName, string deliveryCode) =>
        WireValues.Text(DeliveryPlace(state, customerShortName, deliveryCode) ?? [], "State");

    /// <summary>The customer's delivery place with this code, as the customer register holds it, or <see langword="null"/>.</summary>
    public static System.Text.Json.Nodes.JsonObject? DeliveryPlace(DatasulState state, string customerShortName, string deliveryCode) =>
        state.Customers.Values.FirstOrDefault(c => string.Equals(c.ShortName, customerShortName, StringComparison.OrdinalIgnoreCase)) is { } customer
            ? WireValues.Records(customer.Document, "DeliveryPlaces").FirstOrDefault(p => string.Equals(WireValues.Text(p, "DeliveryCode"), deliveryCode, StringComparison.OrdinalIgnoreCase))
            : null;

    public string? FindCustomer(CpfOrCnpj document) =>
        state.CustomersByDocument.TryGetValue(document.Value, out var code) ? state.Customers.GetValueOrDefault(code)?.ShortName : null;
}
