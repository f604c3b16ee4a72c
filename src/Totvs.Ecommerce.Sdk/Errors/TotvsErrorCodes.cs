namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// The error codes a caller can meet in <see cref="TotvsApiException.Code"/>: Datasul's own message
/// numbers, and the SDK's symbolic codes for rejections that have no public Datasul number.
/// </summary>
/// <remarks>docs/error-codes.md says what to fix for each.</remarks>
public static class TotvsErrorCodes
{
    /// <summary>
    /// Datasul 57382: no natureza de operação found by the automatic suggestion — only that: no suggestion rule matches
    /// while the store's "reject when no rule" flag is on. Other natureza failures have codes of their own
    /// (<see cref="DeliveryUfInvalid"/>, <see cref="NaturezaNotConfigured"/>, <see cref="EstablishmentNotInStore"/>).
    /// </summary>
    public const string NaturezaNotFound = "57382";

    /// <summary>Datasul 57422: an item controlled by reference has no reference linked (CD1506).</summary>
    public const string ItemReferenceMissing = "57422";

    /// <summary>Datasul 9999: the query took longer than 60 seconds (transient).</summary>
    public const string QueryTimeout = "9999";

    /// <summary>An order with the same customer short name and customer order number already exists.</summary>
    public const string OrderDuplicate = "ORDER_DUPLICATE";

    /// <summary>The carrier's e-commerce id is not mapped to an ERP carrier (CD0402 "ID E-commerce").</summary>
    public const string CarrierNotMapped = "CARRIER_NOT_MAPPED";

    /// <summary>The intermediary (marketplace) is not registered as a representative.</summary>
    public const string IntermediaryNotRepresentative = "INTERMEDIARY_NOT_REPRESENTATIVE";

    /// <summary>The payment method is not registered for the store.</summary>
    public const string PaymentMethodNotRegistered = "PAYMENT_METHOD_NOT_REGISTERED";

    /// <summary>The trade policy is not linked to a price table.</summary>
    public const string TradePolicyNotLinked = "TRADE_POLICY_NOT_LINKED";

    /// <summary>An item of the order is not linked to the store.</summary>
    public const string ItemNotInStore = "ITEM_NOT_IN_STORE";

    /// <summary>An item of the order has no price in the store's price tables.</summary>
    public const string PriceNotFound = "PRICE_NOT_FOUND";

    /// <summary>The CPF or CNPJ is not valid.</summary>
    public const string InvalidDocument = "INVALID_DOCUMENT";

    /// <summary>The order can no longer be cancelled (it is invoiced).</summary>
    public const string OrderNotCancellable = "ORDER_NOT_CANCELLABLE";

    /// <summary>The store code is unknown to the Central de Configurações E-commerce.</summary>
    public const string StoreNotFound = "STORE_NOT_FOUND";

    /// <summary>The e-commerce integration is off (CD0101).</summary>
    public const string IntegrationDisabled = "INTEGRATION_DISABLED";

    /// <summary>The stock allocation configuration conflicts with the order.</summary>
    public const string StockAllocationConflict = "STOCK_ALLOCATION_CONFLICT";

    /// <summary>
    /// The SKU resource asked for does not match the company's catalog mode (reference mode uses
    /// apiProductSkuPublic, Root/SKU mode apiProductRootSkuPublic; never both).
    /// </summary>
    public const string CatalogModeMismatch = "CATALOG_MODE_MISMATCH";

    /// <summary>The delivery address has no valid Brazilian UF, so no natureza de operação can be chosen.</summary>
    public const string DeliveryUfInvalid = "DELIVERY_UF_INVALID";

    /// <summary>
    /// The order names a delivery place (<c>DeliveryCode</c>) its customer does not have: add the place to the customer's
    /// <c>DeliveryPlaces</c> before sending the order.
    /// </summary>
    public const string DeliveryPlaceNotFound = "DELIVERY_PLACE_NOT_FOUND";

    /// <summary>The establishment has no natureza de operação for the sale (intra- or inter-state, gift or not).</summary>
    public const string NaturezaNotConfigured = "NATUREZA_NOT_CONFIGURED";

    /// <summary>The establishment the order names is not linked to the store (or the store has none).</summary>
    public const string EstablishmentNotInStore = "ESTABLISHMENT_NOT_IN_STORE";

    /// <summary>
    /// Raised by the SDK, not the ERP: the order found by the natural key (customer and customer order number) carries
    /// another store order id — two store orders collide on their derived customer order number and would merge.
    /// </summary>
    public const string OrderKeyCollision = "ORDER_KEY_COLLISION";

    /// <summary>
    /// Raised by the SDK, not the ERP: the customer found by its short name (unique in Datasul) has another CPF/CNPJ —
    /// two people share a short name, and returning the one found would file the buyer's orders under a stranger.
    /// </summary>
    public const string CustomerKeyCollision = "CUSTOMER_KEY_COLLISION";

    /// <summary>The store's payment method lacks a setting its type requires (espécie, série, portador, carteira, administradora, bandeira…).</summary>
    public const string PaymentMethodIncomplete = "PAYMENT_METHOD_INCOMPLETE";

    /// <summary>The store has no default customer group for new customers, or its group has no "à vista" payment condition.</summary>
    public const string CustomerGroupNotConfigured = "CUSTOMER_GROUP_NOT_CONFIGURED";

    /// <summary>A B2B store admits only the customers linked to it; the order's customer is not.</summary>
    public const string CustomerNotInB2BStore = "CUSTOMER_NOT_IN_B2B_STORE";

    /// <summary>The order has no items.</summary>
    public const string OrderWithoutItems = "ORDER_WITHOUT_ITEMS";

    /// <summary>A sold item (not a gift) of a store order is priced 0: only a brinde goes free, under the gift naturezas.</summary>
    public const string ItemPricedZero = "ITEM_PRICED_ZERO";

    /// <summary>A plain sales order names a customer short name the ERP's register (emitente) does not have.</summary>
    public const string CustomerNotRegistered = "CUSTOMER_NOT_REGISTERED";

    /// <summary>A plain sales order names an item the ERP's item register does not have.</summary>
    public const string ItemNotRegistered = "ITEM_NOT_REGISTERED";

    /// <summary>A marketplace order (with an intermediary) whose payment method is not Faturado (seed 001).</summary>
    public const string MarketplacePaymentNotInvoiced = "MARKETPLACE_PAYMENT_NOT_INVOICED";

    /// <summary>The code a server gives "no such record" (the fake's and several Datasul programs').</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>
    /// Whether an error code means only "nothing found": no code at all, <see cref="NotFound"/> or <c>404</c>.
    /// A 404 on a list is an empty page only with such a code; any other code is a failure.
    /// </summary>
    /// <param name="code">The code of the error body, or <see langword="null"/> when there was none.</param>
    /// <returns><see langword="true"/> when the code says nothing more than "not found".</returns>
    public static bool IsNotFound(string? code) =>
        string.IsNullOrWhiteSpace(code)
        || string.Equals(code.Trim(), NotFound, StringComparison.OrdinalIgnoreCase)
        || code.Trim() == "404";
}
