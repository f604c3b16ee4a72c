namespace Totvs.Ecommerce.Sdk;

/// <summary>How an exactly-once create (<c>Orders.CreateAsync</c>, <c>Customers.CreateAsync</c>) ended.</summary>
public enum CreationOutcome
{
    /// <summary>This call created the record (possibly on a retry after a lost answer, found by its natural key).</summary>
    Created = 0,

    /// <summary>The record was already in the ERP before this call (Datasul answered it was a duplicate); nothing was created.</summary>
    AlreadyExisted = 1,
}
