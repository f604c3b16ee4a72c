using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>
/// <see cref="IErpRegisters"/> over plain collections, for tests and for connectors that cache the ERP's
/// registers. Not thread-safe while being filled; read-only use is.
/// </summary>
internal sealed class InMemoryErpRegisters : IErpRegisters
{
    /// <inheritdoc />
    public ErpEcommerceConfiguration Configuration { get; set; } = new();

    /// <inheritdoc />
    public IReadOnlyList<NaturezaSuggestionRule> NaturezaRules { get; set; } = [];

    /// <summary>ERP carrier codes by their "ID E-commerce".</summary>
    public Dictionary<string, string> CarriersByEcommerceId { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Short names of the representatives (marketplaces included).</summary>
    public HashSet<string> Representatives { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Payment methods by store code.</summary>
    public Dictionary<string, List<PaymentMethodConfiguration>> PaymentMethods { get; } = new(StringComparer.Ordinal);

    /// <summary>Price tables by trade policy.</summary>
    public Dictionary<string, string> TradePolicyPriceTables { get; } = new(StringComparer.Ordinal);

    /// <summary>Item codes linked to each store.</summary>
    public Dictionary<string, HashSet<string>> StoreItems { get; } = new(StringComparer.Ordinal);

    /// <summary>Prices by table and <c>itemCode</c> or <c>itemCode/referenceCode</c>.</summary>
    public Dictionary<string, Dictionary<string, decimal>> Prices { get; } = new(StringComparer.Ordinal);

    /// <summary>Order numbers by <c>(customer short name, customer order number)</c>.</summary>
    public Dictionary<(string ShortName, string CustomerOrderId), long> Orders { get; } = [];

    /// <summary>The UF of each delivery place, by <c>(customer short name, delivery code)</c>.</summary>
    public Dictionary<(string ShortName, string DeliveryCode), string> DeliveryPlaces { get; } = [];

    /// <inheritdoc />
    public string? FindDeliveryPlaceUf(string customerShortName, string deliveryCode) => DeliveryPlaces.GetValueOrDefault((customerShortName, deliveryCode));

    /// <summary>Customer short names by document.</summary>
    public Dictionary<CpfOrCnpj, string> Customers { get; } = [];

    /// <inheritdoc />
    public string? FindCarrier(string carrierEcommerceId) => CarriersByEcommerceId.GetValueOrDefault(carrierEcommerceId);

    /// <inheritdoc />
    public bool IsRepresentative(string shortName) => Representatives.Contains(shortName);

    /// <inheritdoc />
    public PaymentMethodConfiguration? FindPaymentMethod(string storeCode, string paymentMethodCode) =>
        PaymentMethods.GetValueOrDefault(storeCode)?.FirstOrDefault(m => string.Equals(m.Code, paymentMethodCode, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public string? FindPriceTableOfTradePolicy(string tradePolicyId) => TradePolicyPriceTables.GetValueOrDefault(tradePolicyId);

    /// <inheritdoc />
    public bool IsItemLinked(string storeCode, ItemCode itemCode) => StoreItems.GetValueOrDefault(storeCode)?.Contains(itemCode.Value) == true;

    /// <inheritdoc />
    public decimal? FindPrice(string priceTable, ItemCode itemCode, ReferenceCode? referenceCode)
    {
        var prices = Prices.GetValueOrDefault(priceTable);
        if (prices is null)
        {
            return null;
        }

        return referenceCode is { } reference && prices.TryGetValue($"{itemCode}/{reference}", out var byReference)
            ? byReference
            : prices.TryGetValue(itemCode.Value, out var byItem) ? byItem : null;
    }

    /// <inheritdoc />
    public long? FindOrder(string customerShortName, string customerOrderId) =>
        Orders.TryGetValue((customerShortName, customerOrderId), out var number) ? number : null;

    /// <inheritdoc />
    public string? FindCustomer(CpfOrCnpj document) => Customers.GetValueOrDefault(document);
}
