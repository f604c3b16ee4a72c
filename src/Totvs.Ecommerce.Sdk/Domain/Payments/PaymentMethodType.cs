namespace Totvs.Ecommerce.Sdk.Domain.Payments;

/// <summary>The four types of e-commerce payment method Datasul knows (mpd.html.paymentmethodecommerce).</summary>
public enum PaymentMethodType
{
    /// <summary>Boleto (bank slip): receivable on the order (origin PEDVDA), released for billing when paid.</summary>
    Boleto = 0,

    /// <summary>Transferência bancária: as boleto, without a bank number; settled by hand.</summary>
    BankTransfer = 1,

    /// <summary>Cartão de crédito: released at once; receivable on the invoice, instalments in Cobranças Especiais.</summary>
    CreditCard = 2,

    /// <summary>Faturado (marketplaces): released after credit approval; receivable on the invoice.</summary>
    Invoiced = 3,
}
