using Totvs.Ecommerce.Sdk.Domain.StockAllocation;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Tests.Domain;

/// <summary>Every row of the stock allocation table of the TOTVS guide (domain rules §5).</summary>
public sealed class StockAllocationRulesTests
{
    private static readonly StoreDeposit Exclusive = new("10101", "ECO", IsExclusive: true);
    private static readonly StoreDeposit Shared = new("10101", "GER");

    public static TheoryData<StockAllocationMode, EcommerceOrderAllocation> Outcomes => new()
    {
        { StockAllocationMode.LogicalOnOrder, EcommerceOrderAllocation.LogicalInExclusiveDeposit },
        { StockAllocationMode.AutomaticPhysical, EcommerceOrderAllocation.PhysicalByErp },
        { StockAllocationMode.ManualPhysical, EcommerceOrderAllocation.PhysicalAtEntry },
        { StockAllocationMode.None, EcommerceOrderAllocation.PhysicalAtEntry },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Each_mode_gives_its_outcome_for_an_incoming_order(StockAllocationMode mode, EcommerceOrderAllocation expected)
    {
        var configuration = new StockAllocationConfiguration(mode) { PhysicalAllocationIsManual = true };
        var store = Store(Exclusive);

        Assert.Empty(StockAllocationRules.Validate(configuration, store));
        var outcome = StockAllocationRules.ForIncomingOrder(configuration, store);

        Assert.Equal(expected, outcome.Kind);
        Assert.Equal(mode == StockAllocationMode.LogicalOnOrder ? Exclusive : null, outcome.Deposit);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(2, 2)]
    public void Logical_allocation_needs_exactly_one_exclusive_deposit(int deposits, int exclusive)
    {
        var store = Store(Enumerable.Range(0, deposits).Select(i => new StoreDeposit("10101", $"D{i}", i < exclusive)).ToArray());

        var problem = Assert.Single(StockAllocationRules.Validate(new StockAllocationConfiguration(StockAllocationMode.LogicalOnOrder), store));

        Assert.Contains("exactly one deposit", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_allocation_needs_manual_physical_allocation_and_relocation_not_mandatory()
    {
        var store = Store(Shared);

        var problems = StockAllocationRules.Validate(
            new StockAllocationConfiguration(StockAllocationMode.None) { PhysicalAllocationIsManual = false, RelocationMandatory = true }, store);

        Assert.Equal(["StockAllocation.PhysicalAllocationIsManual", "StockAllocation.RelocationMandatory"], problems.Select(p => p.Setting));
        Assert.Empty(StockAllocationRules.Validate(new StockAllocationConfiguration(StockAllocationMode.None) { PhysicalAllocationIsManual = true }, store));
    }

    [Theory]
    [InlineData(StockAllocationMode.AutomaticPhysical)]
    [InlineData(StockAllocationMode.ManualPhysical)]
    public void Physical_modes_accept_any_deposits(StockAllocationMode mode) =>
        Assert.Empty(StockAllocationRules.Validate(new StockAllocationConfiguration(mode), Store(Shared, Exclusive)));

    private static StoreConfiguration Store(params StoreDeposit[] deposits) => new() { StoreCode = "1", Deposits = deposits };
}
