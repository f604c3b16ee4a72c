namespace Totvs.Ecommerce.Sdk.Domain.StockAllocation;

/// <summary>What happens to the stock of an incoming e-commerce order.</summary>
public enum EcommerceOrderAllocation
{
    /// <summary>Allocated logically on the order, in the store's exclusive deposit.</summary>
    LogicalInExclusiveDeposit = 0,

    /// <summary>Allocated physically by the ERP's automatic routine, as any order.</summary>
    PhysicalByErp = 1,

    /// <summary>Allocated physically at once because the order's origin is e-commerce (manual physical allocation).</summary>
    PhysicalAtEntry = 2,
}
