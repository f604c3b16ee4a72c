namespace Totvs.Ecommerce.Sdk.Domain.StockAllocation;

/// <summary>The company's stock allocation settings that matter to e-commerce orders.</summary>
/// <param name="Mode">What the company works with.</param>
public sealed record StockAllocationConfiguration(StockAllocationMode Mode)
{
    /// <summary>Whether the physical allocation parameter is set to manual (required by <see cref="StockAllocationMode.None"/>).</summary>
    public bool PhysicalAllocationIsManual { get; init; }

    /// <summary>Whether "Realocação Física/Lógica" is mandatory (must be off with <see cref="StockAllocationMode.None"/>).</summary>
    public bool RelocationMandatory { get; init; }
}
