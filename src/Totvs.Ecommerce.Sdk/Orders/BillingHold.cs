namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>
/// Why an order is not yet released for billing (<c>BillingHold</c>, an SDK extension field): the payment
/// method decides (domain rules §4).
/// </summary>
public enum BillingHold
{
    /// <summary>Released: the ERP can invoice it.</summary>
    None = 0,

    /// <summary>Waiting for its boleto or transfer title (PEDVDA) to be settled.</summary>
    AwaitingPayment = 1,

    /// <summary>Waiting for credit approval (faturado / marketplace orders).</summary>
    AwaitingCreditApproval = 2,
}
