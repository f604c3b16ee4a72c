using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Domain.Admission;

/// <summary>
/// The ERP registers order admission reads: configuration, carriers, representatives, payment methods,
/// trade-policy links, item links and prices, existing orders and customers. The fake server implements it
/// over its state; <see cref="InMemoryErpRegisters"/> is a ready implementation over collections.
/// </summary>
public interface IErpRegisters
{
    /// <summary>The e-commerce configuration (CD0101 switch, allocation, stores).</summary>
    ErpEcommerceConfiguration Configuration { get; }

    /// <summary>The automatic suggestion's rules of natureza de operação.</summary>
    IReadOnlyList<NaturezaSuggestionRule> NaturezaRules { get; }

    /// <summary>The ERP carrier whose "ID E-commerce" (CD0402) is this id, or <see langword="null"/>.</summary>
    /// <param name="carrierEcommerceId">The carrier id the store sends.</param>
    /// <returns>The ERP carrier code.</returns>
    string? FindCarrier(string carrierEcommerceId);

    /// <summary>Whether a representative with this short name exists (marketplaces are registered as representatives).</summary>
    /// <param name="shortName">The representative's short name.</param>
    /// <returns>Whether it exists.</returns>
    bool IsRepresentative(string shortName);

    /// <summary>The payment method registered for the store with this code, or <see langword="null"/>.</summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="paymentMethodCode">The code the store sends.</param>
    /// <returns>The method.</returns>
    PaymentMethodConfiguration? FindPaymentMethod(string storeCode, string paymentMethodCode);

    /// <summary>The price table the trade policy is linked to ("Políticas Comerciais" of CD1508), or <see langword="null"/>.</summary>
    /// <param name="tradePolicyId">The e-commerce trade policy.</param>
    /// <returns>The price table.</returns>
    string? FindPriceTableOfTradePolicy(string tradePolicyId);

    /// <summary>Whether the item is linked to the store.</summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="itemCode">The item.</param>
    /// <returns>Whether it is linked.</returns>
    bool IsItemLinked(string storeCode, ItemCode itemCode);

    /// <summary>The FOB price of the item (or reference) in the table, or <see langword="null"/>.</summary>
    /// <param name="priceTable">The table.</param>
    /// <param name="itemCode">The item.</param>
    /// <param name="referenceCode">The reference, if any.</param>
    /// <returns>The price.</returns>
    decimal? FindPrice(string priceTable, ItemCode itemCode, ReferenceCode? referenceCode);

    /// <summary>The number of the order with this natural key (customer short name, customer order number), or <see langword="null"/>.</summary>
    /// <param name="customerShortName">The customer's short name.</param>
    /// <param name="customerOrderId">The customer order number.</param>
    /// <returns>The order number (<c>nr-pedido</c>).</returns>
    long? FindOrder(string customerShortName, string customerOrderId);

    /// <summary>
    /// The UF of a customer's delivery place (<c>loc-entr</c>, customerPublic's <c>DeliveryPlaces</c>), for an order that
    /// names the place by its <c>DeliveryCode</c> instead of carrying an address; <see langword="null"/> when the customer
    /// has no such place.
    /// </summary>
    /// <param name="customerShortName">The customer's short name.</param>
    /// <param name="deliveryCode">The place's code.</param>
    /// <returns>The place's UF, as registered.</returns>
    string? FindDeliveryPlaceUf(string customerShortName, string deliveryCode) => null;

    /// <summary>The short name of the customer with this document, or <see langword="null"/> when the ERP does not know it.</summary>
    /// <param name="document">The CPF or CNPJ.</param>
    /// <returns>The customer's short name.</returns>
    string? FindCustomer(CpfOrCnpj document);
}
