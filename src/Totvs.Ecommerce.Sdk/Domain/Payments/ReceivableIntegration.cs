namespace Totvs.Ecommerce.Sdk.Domain.Payments;

/// <summary>Where the receivable (título a receber) of a payment method is integrated.</summary>
public enum ReceivableIntegration
{
    /// <summary>On the sales order: one title per order, origin "PEDVDA".</summary>
    SalesOrder = 0,

    /// <summary>On the invoice (nota fiscal), when it is issued.</summary>
    Invoice = 1,
}
