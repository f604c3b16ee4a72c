namespace Totvs.Ecommerce.Sdk.Domain.Payments;

/// <summary>A receivable title (título a receber) as the reversal rule sees it.</summary>
/// <param name="Origin">The title's origin, e.g. <c>PEDVDA</c> for titles integrated from a sales order.</param>
/// <param name="PaymentType">The payment method type of its order.</param>
/// <param name="IsPaid">Whether it has been settled (even partly).</param>
public sealed record ReceivableTitle(string Origin, PaymentMethodType PaymentType, bool IsPaid);
