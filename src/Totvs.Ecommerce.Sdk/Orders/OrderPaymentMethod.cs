namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>How the store's customer paid (<c>PaymentMethod</c>, an SDK extension of the order).</summary>
// The wire properties are in OrderPaymentMethod.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record OrderPaymentMethod;
