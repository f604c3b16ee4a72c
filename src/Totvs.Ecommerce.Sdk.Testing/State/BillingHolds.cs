namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>The wire values of an order's <c>BillingHold</c> (SDK extension of §4.7).</summary>
internal static class BillingHolds
{
    public const string None = "none";
    public const string AwaitingPayment = "awaitingPayment";
    public const string AwaitingCreditApproval = "awaitingCreditApproval";
}
