namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// What an exactly-once create returns (<c>Orders.CreateAsync</c>, <c>Customers.CreateAsync</c>): the record as the ERP
/// holds it, and whether this call created it.
/// </summary>
/// <typeparam name="T">The record: an order or a customer.</typeparam>
/// <param name="Record">The record as the ERP holds it, numbered (its <c>OrderId</c> or <c>CustomerCode</c>).</param>
/// <param name="Outcome">Whether it was created now or already existed.</param>
/// <param name="Attempts">How many POSTs the call made (more than 1 when answers were lost or the server was briefly unavailable).</param>
public sealed record CreationResult<T>(T Record, CreationOutcome Outcome, int Attempts);
