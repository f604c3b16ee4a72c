namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>The body of a cancellation (<c>PUT ordersPublic/cancel/{orderId}</c>).</summary>
// The wire properties are in OrderCancellation.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record OrderCancellation;
