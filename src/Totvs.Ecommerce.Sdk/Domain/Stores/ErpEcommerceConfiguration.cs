using Totvs.Ecommerce.Sdk.Domain.StockAllocation;

namespace Totvs.Ecommerce.Sdk.Domain.Stores;

/// <summary>The ERP's whole e-commerce configuration: the global switch, the release's store model, the stock allocation and the stores.</summary>
public sealed record ErpEcommerceConfiguration
{
    /// <summary>The e-commerce parameter of CD0101 (aba Integr II): without it nothing is integrated.</summary>
    public bool IntegrationEnabled { get; init; } = true;

    /// <summary>
    /// Whether the release is 12.1.2311 or older (legacy programs PD0309/PD0310/PD0623/PD0627/PD0628): one store
    /// per business model, and only store code 1 is used.
    /// </summary>
    public bool IsLegacyRelease { get; init; }

    /// <summary>How the company allocates stock to orders.</summary>
    public StockAllocationConfiguration StockAllocation { get; init; } = new(StockAllocationMode.AutomaticPhysical);

    /// <summary>The stores.</summary>
    public IReadOnlyList<StoreConfiguration> Stores { get; init; } = [];
}
