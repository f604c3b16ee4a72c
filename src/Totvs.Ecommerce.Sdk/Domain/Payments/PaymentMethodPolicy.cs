namespace Totvs.Ecommerce.Sdk.Domain.Payments;

/// <summary>How a type of payment method behaves in the ERP (one row of the TOTVS guide's table).</summary>
/// <param name="Type">The type.</param>
/// <param name="Receivable">Where the receivable is integrated.</param>
/// <param name="Release">When the order is released for billing.</param>
/// <param name="RequiredSettings">Settings the method must have.</param>
/// <param name="OptionalSettings">Settings the method may have.</param>
public sealed record PaymentMethodPolicy(
    PaymentMethodType Type,
    ReceivableIntegration Receivable,
    BillingRelease Release,
    IReadOnlyList<PaymentSetting> RequiredSettings,
    IReadOnlyList<PaymentSetting> OptionalSettings);
