namespace Totvs.Ecommerce.Sdk.Domain.Payments;

/// <summary>When an order is released for billing (liberado para faturamento).</summary>
public enum BillingRelease
{
    /// <summary>When the order's PEDVDA title is fully settled (boleto, transfer).</summary>
    WhenTitleSettled = 0,

    /// <summary>At once: the card administrator holds the credit risk.</summary>
    Immediately = 1,

    /// <summary>After the order's credit is approved (faturado).</summary>
    AfterCreditApproval = 2,
}
