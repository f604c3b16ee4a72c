namespace Totvs.Ecommerce.Sdk.Orders;

/// <summary>How <see cref="OrdersClient.CreateAsync"/> ended.</summary>
public enum OrderCreationOutcome
{
    /// <summary>This call created the order (possibly on a retry after a lost answer, found by its natural key).</summary>
    Created = 0,

    /// <summary>The order was already in the ERP before this call (Datasul answered <c>ORDER_DUPLICATE</c>); nothing was created.</summary>
    AlreadyExisted = 1,
}
