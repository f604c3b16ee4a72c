using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Domain.StockAllocation;

/// <summary>The allocation rules of the TOTVS guide (domain rules §5): validation and the fate of an incoming order's stock.</summary>
public static class StockAllocationRules
{
    /// <summary>Checks the allocation settings against a store's deposits.</summary>
    /// <param name="configuration">The company's allocation settings.</param>
    /// <param name="store">The store.</param>
    /// <returns>Every broken rule; empty when the store can take orders.</returns>
    public static IReadOnlyList<ConfigurationProblem> Validate(StockAllocationConfiguration configuration, StoreConfiguration store)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(store);
        var problems = new List<ConfigurationProblem>();
        var setting = $"Stores[{store.StoreCode}].Deposits";
        switch (configuration.Mode)
        {
            case StockAllocationMode.LogicalOnOrder:
                var exclusive = store.Deposits.Count(d => d.IsExclusive);
                if (exclusive != 1 || store.Deposits.Count != 1)
                {
                    problems.Add(new ConfigurationProblem(setting,
                        $"Logical allocation needs exactly one deposit, exclusive to store {store.StoreCode}; it has {store.Deposits.Count} deposit(s), " +
                        $"{exclusive} exclusive ({string.Join(", ", store.Deposits)}). Keep one exclusive deposit for the store."));
                }

                break;
            case StockAllocationMode.None:
                if (!configuration.PhysicalAllocationIsManual)
                {
                    problems.Add(new ConfigurationProblem("StockAllocation.PhysicalAllocationIsManual",
                        "Without allocation on orders, set physical allocation to manual so e-commerce orders are allocated at entry."));
                }

                if (configuration.RelocationMandatory)
                {
                    problems.Add(new ConfigurationProblem("StockAllocation.RelocationMandatory",
                        "Without allocation on orders, set \"Realocação Física/Lógica\" to Não Obrigatória so other orders are not affected."));
                }

                break;
        }

        return problems;
    }

    /// <summary>Tells what happens to the stock of an incoming e-commerce order.</summary>
    /// <param name="configuration">The company's allocation settings (valid for the store).</param>
    /// <param name="store">The store.</param>
    /// <returns>The outcome.</returns>
    public static AllocationOutcome ForIncomingOrder(StockAllocationConfiguration configuration, StoreConfiguration store)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(store);
        return configuration.Mode switch
        {
            StockAllocationMode.LogicalOnOrder => new AllocationOutcome(
                EcommerceOrderAllocation.LogicalInExclusiveDeposit,
                store.Deposits.Single(d => d.IsExclusive),
                "Allocated logically on the order in the store's exclusive deposit."),
            StockAllocationMode.AutomaticPhysical => new AllocationOutcome(
                EcommerceOrderAllocation.PhysicalByErp, null, "Allocated physically by the ERP's automatic allocation, as any order."),
            _ => new AllocationOutcome(
                EcommerceOrderAllocation.PhysicalAtEntry, null, "Allocated physically at entry because the order comes from e-commerce."),
        };
    }
}
