namespace Totvs.Ecommerce.Sdk.Domain.StockAllocation;

/// <summary>How the company allocates stock to sales orders.</summary>
public enum StockAllocationMode
{
    /// <summary>Logical allocation on the order: the store (or marketplace) needs exactly one exclusive deposit.</summary>
    LogicalOnOrder = 0,

    /// <summary>Automatic physical allocation: the ERP handles e-commerce orders as any other.</summary>
    AutomaticPhysical = 1,

    /// <summary>Manual physical allocation: orders whose origin is e-commerce are allocated automatically.</summary>
    ManualPhysical = 2,

    /// <summary>
    /// No allocation on orders: requires physical allocation = manual and "Realocação Física/Lógica" = Não
    /// Obrigatória, so e-commerce orders are allocated and other orders are not affected.
    /// </summary>
    None = 3,
}
