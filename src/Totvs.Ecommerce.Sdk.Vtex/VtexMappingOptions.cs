using Totvs.Ecommerce.Sdk.Domain.Payments;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>How <see cref="VtexOrderMapper"/> turns a VTEX order into a Datasul order. Every default can be replaced.</summary>
public sealed record VtexMappingOptions
{
    /// <summary>The e-commerce store code in the Central de Configurações.</summary>
    /// <value>Defaults to <c>1</c>.</value>
    public string StoreCode { get; init; } = "1";

    /// <summary>The payment method codes registered for the store, by type.</summary>
    /// <value>Defaults to BOLETO, TRANSFERENCIA, CARTAO and FATURADO.</value>
    public IReadOnlyDictionary<PaymentMethodType, string> PaymentMethodCodes { get; init; } = new Dictionary<PaymentMethodType, string>
    {
        [PaymentMethodType.Boleto] = "BOLETO",
        [PaymentMethodType.BankTransfer] = "TRANSFERENCIA",
        [PaymentMethodType.CreditCard] = "CARTAO",
        [PaymentMethodType.Invoiced] = "FATURADO",
    };

    /// <summary>
    /// Sends the delivery address the way TOTVS's published schemas do: as a delivery place of the customer
    /// (customerPublic <c>DeliveryPlaces</c>, from <see cref="VtexCustomerMapper.ToDeliveryPlace"/>) that the order names by its
    /// <c>DeliveryCode</c>, instead of the order's <c>EcommerceDeliveryAddress</c> extension. Use it when your release takes no
    /// e-commerce extension; the customer must hold the place before the order is sent.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>: the address travels with the order.</value>
    public bool DeliverToCustomerPlace { get; init; }

    /// <summary>
    /// The representative short name of each marketplace affiliate (VTEX <c>affiliateId</c>); an affiliate not
    /// listed uses its id as the short name.
    /// </summary>
    public IReadOnlyDictionary<string, string> AffiliateRepresentatives { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The customer's short name (up to 12) from its document digits.
    /// </summary>
    /// <value>Defaults to the CPF's 11 digits, or the CNPJ's first 12 characters (root and branch), which are unique.</value>
    public Func<string, string> ShortNameOf { get; init; } = document => document.Length <= 12 ? document : document[..12];

    /// <summary>The customer order number (up to 12) from the VTEX order id.</summary>
    /// <value>Defaults to the last 12 letters and digits of the order id: <c>1234567890123-01</c> → <c>456789012301</c>.</value>
    public Func<string, string> CustomerOrderIdOf { get; init; } = Domain.Admission.RepresentativeOrderNumber.From;

    /// <summary>How a VTEX <c>payments[].group</c> maps to a Datasul payment method type; a group not listed is refused.</summary>
    /// <value>creditCard and debitCard → credit card; bankInvoice → boleto; promissory → faturado; instantPayment (PIX) → bank transfer.</value>
    public IReadOnlyDictionary<string, PaymentMethodType> PaymentGroups { get; init; } = new Dictionary<string, PaymentMethodType>(StringComparer.OrdinalIgnoreCase)
    {
        ["creditCard"] = PaymentMethodType.CreditCard,
        ["debitCard"] = PaymentMethodType.CreditCard,
        ["bankInvoice"] = PaymentMethodType.Boleto,
        ["promissory"] = PaymentMethodType.Invoiced,
        ["instantPayment"] = PaymentMethodType.BankTransfer,
    };

    /// <summary>The ERP server's zone, for the order's emission date.</summary>
    /// <value>Defaults to <c>America/Sao_Paulo</c>.</value>
    public string ServerTimeZone { get; init; } = TotvsEcommerceOptions.DefaultServerTimeZone;
}
