namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>The order as the ERP holds it after <see cref="OrdersClient.CreateAsync"/>, and whether this call created it.</summary>
/// <param name="Order">The order, with its <see cref="Order.OrderId"/>.</param>
/// <param name="Outcome">Whether it was created now or already existed.</param>
/// <param name="Attempts">How many POSTs the call made (more than 1 when answers were lost or the server was briefly unavailable).</param>
public sealed record OrderCreationResult(Order Order, OrderCreationOutcome Outcome, int Attempts);
