using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// The parts of a VTEX order (OMS <c>GET /api/oms/pvt/orders/{orderId}</c>) a Datasul order needs. Money is in
/// cents, as VTEX sends it. Read it with <see cref="VtexOrderMapper.Parse"/>; unknown fields are ignored.
/// </summary>
public sealed record VtexOrder
{
    /// <summary>The VTEX order id, e.g. <c>1234567890123-01</c>.</summary>
    [JsonPropertyName("orderId")]
    public string? OrderId { get; set; }

    /// <summary>When the order was placed.</summary>
    [JsonPropertyName("creationDate")]
    public DateTimeOffset? CreationDate { get; set; }

    /// <summary>The sales channel: the trade policy (política comercial).</summary>
    [JsonPropertyName("salesChannel")]
    public string? SalesChannel { get; set; }

    /// <summary>The marketplace affiliate that sold it, empty for the store's own site.</summary>
    [JsonPropertyName("affiliateId")]
    public string? AffiliateId { get; set; }

    /// <summary>The order's total in cents.</summary>
    [JsonPropertyName("value")]
    public long Value { get; set; }

    /// <summary>The totals (items, discounts, shipping, tax) in cents.</summary>
    [JsonPropertyName("totals")]
    public IReadOnlyList<VtexTotal> Totals { get; set; } = [];

    /// <summary>The items.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<VtexItem> Items { get; set; } = [];

    /// <summary>The buyer.</summary>
    [JsonPropertyName("clientProfileData")]
    public VtexClientProfile? ClientProfileData { get; set; }

    /// <summary>Where and how it ships.</summary>
    [JsonPropertyName("shippingData")]
    public VtexShippingData? ShippingData { get; set; }

    /// <summary>How it was paid.</summary>
    [JsonPropertyName("paymentData")]
    public VtexPaymentData? PaymentData { get; set; }
}

/// <summary>One line of <c>totals</c>.</summary>
public sealed record VtexTotal
{
    /// <summary><c>Items</c>, <c>Discounts</c>, <c>Shipping</c> or <c>Tax</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The amount in cents.</summary>
    [JsonPropertyName("value")]
    public long Value { get; set; }
}

/// <summary>An item of a VTEX order.</summary>
public sealed record VtexItem
{
    /// <summary>The SKU id in VTEX.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The SKU's reference code: the ERP's SKU id (<c>itemCode</c> or <c>itemCode/referenceCode</c>).</summary>
    [JsonPropertyName("refId")]
    public string? RefId { get; set; }

    /// <summary>The quantity.</summary>
    [JsonPropertyName("quantity")]
    public decimal Quantity { get; set; }

    /// <summary>The list price in cents.</summary>
    [JsonPropertyName("price")]
    public long Price { get; set; }

    /// <summary>The price sold at in cents (after discounts).</summary>
    [JsonPropertyName("sellingPrice")]
    public long? SellingPrice { get; set; }

    /// <summary>Whether the item is a gift.</summary>
    [JsonPropertyName("isGift")]
    public bool IsGift { get; set; }
}

/// <summary>The buyer of a VTEX order.</summary>
public sealed record VtexClientProfile
{
    /// <summary>The CPF (may be formatted, e.g. <c>845.134.270-19</c>).</summary>
    [JsonPropertyName("document")]
    public string? Document { get; set; }

    /// <summary>The first name.</summary>
    [JsonPropertyName("firstName")]
    public string? FirstName { get; set; }

    /// <summary>The last name.</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    /// <summary>Whether the buyer is a company.</summary>
    [JsonPropertyName("isCorporate")]
    public bool IsCorporate { get; set; }

    /// <summary>The company's CNPJ, for a corporate buyer.</summary>
    [JsonPropertyName("corporateDocument")]
    public string? CorporateDocument { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("IsCorporate = ").Append(IsCorporate).Append(", personal data hidden");
        return true;
    }
}

/// <summary>Where and how a VTEX order ships.</summary>
public sealed record VtexShippingData
{
    /// <summary>The delivery address.</summary>
    [JsonPropertyName("address")]
    public VtexAddress? Address { get; set; }

    /// <summary>Per item, the chosen delivery option.</summary>
    [JsonPropertyName("logisticsInfo")]
    public IReadOnlyList<VtexLogisticsInfo> LogisticsInfo { get; set; } = [];
}

/// <summary>A delivery address.</summary>
public sealed record VtexAddress
{
    /// <summary>The CEP, with or without dash.</summary>
    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; set; }

    /// <summary>The UF.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>The city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>The neighbourhood.</summary>
    [JsonPropertyName("neighborhood")]
    public string? Neighborhood { get; set; }

    /// <summary>The street.</summary>
    [JsonPropertyName("street")]
    public string? Street { get; set; }

    /// <summary>The number.</summary>
    [JsonPropertyName("number")]
    public string? Number { get; set; }

    /// <summary>The country (ISO 3166 alpha-3, e.g. <c>BRA</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Prints what identifies the record and no personal data, so that a log of it leaks none.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("State = ").Append(State).Append(", personal data hidden");
        return true;
    }
}

/// <summary>The delivery chosen for an item.</summary>
public sealed record VtexLogisticsInfo
{
    /// <summary>The chosen shipping option (SLA) name.</summary>
    [JsonPropertyName("selectedSla")]
    public string? SelectedSla { get; set; }

    /// <summary>The carriers (couriers) of the chosen delivery.</summary>
    [JsonPropertyName("deliveryIds")]
    public IReadOnlyList<VtexDeliveryId> DeliveryIds { get; set; } = [];
}

/// <summary>A carrier of a delivery.</summary>
public sealed record VtexDeliveryId
{
    /// <summary>The carrier's id in VTEX: the ERP's carrier "ID E-commerce" (CD0402).</summary>
    [JsonPropertyName("courierId")]
    public string? CourierId { get; set; }
}

/// <summary>How a VTEX order was paid.</summary>
public sealed record VtexPaymentData
{
    /// <summary>The transactions.</summary>
    [JsonPropertyName("transactions")]
    public IReadOnlyList<VtexTransaction> Transactions { get; set; } = [];
}

/// <summary>A payment transaction.</summary>
public sealed record VtexTransaction
{
    /// <summary>The payments.</summary>
    [JsonPropertyName("payments")]
    public IReadOnlyList<VtexPayment> Payments { get; set; } = [];
}

/// <summary>A payment.</summary>
public sealed record VtexPayment
{
    /// <summary><c>creditCard</c>, <c>debitCard</c>, <c>bankInvoice</c> (boleto), <c>promissory</c> (faturado), <c>giftCard</c>, <c>instantPayment</c> (PIX).</summary>
    [JsonPropertyName("group")]
    public string? Group { get; set; }

    /// <summary>The payment system, e.g. <c>Visa</c>.</summary>
    [JsonPropertyName("paymentSystemName")]
    public string? PaymentSystemName { get; set; }

    /// <summary>The instalments.</summary>
    [JsonPropertyName("installments")]
    public int? Installments { get; set; }

    /// <summary>The amount in cents.</summary>
    [JsonPropertyName("value")]
    public long Value { get; set; }

    /// <summary>The boleto's bank number (nosso número), when the group is <c>bankInvoice</c>.</summary>
    [JsonPropertyName("bankIssuedInvoiceIdentificationNumber")]
    public string? BankIssuedInvoiceIdentificationNumber { get; set; }
}
