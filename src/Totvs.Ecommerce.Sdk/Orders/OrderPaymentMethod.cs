using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Payments;

namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>How the store's customer paid (<c>PaymentMethod</c>, an SDK extension of the order).</summary>
public sealed record OrderPaymentMethod
{
    /// <summary>The type: boleto, bank transfer, credit card or invoiced (<c>Type</c>).</summary>
    [JsonPropertyName("Type")]
    [JsonConverter(typeof(Serialization.PaymentMethodTypeJsonConverter))]
    public PaymentMethodType Type { get; set; }

    /// <summary>The code of the payment method registered for the store (<c>Code</c>).</summary>
    [JsonPropertyName("Code")]
    public string Code { get; set; } = string.Empty;

    /// <summary>The number of instalments (<c>Installments</c>).</summary>
    [JsonPropertyName("Installments")]
    public int? Installments { get; set; }

    /// <summary>The amount paid with this method (<c>Value</c>).</summary>
    [JsonPropertyName("Value")]
    public decimal? Value { get; set; }

    /// <summary>The boleto's bank number, "nosso número" (<c>BankSlipNumber</c>), so the bank's return file settles it.</summary>
    [JsonPropertyName("BankSlipNumber")]
    public string? BankSlipNumber { get; set; }

    /// <summary>The card brand (<c>CardBrand</c>).</summary>
    [JsonPropertyName("CardBrand")]
    public string? CardBrand { get; set; }

    /// <summary>The card acquirer (<c>CardAcquirer</c>).</summary>
    [JsonPropertyName("CardAcquirer")]
    public string? CardAcquirer { get; set; }
}
