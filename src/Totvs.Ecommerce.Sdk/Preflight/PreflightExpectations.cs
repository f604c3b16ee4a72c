using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Preflight;

/// <summary>What the integrator knows of the ERP and the store, which the go-live check verifies against the ERP.</summary>
public sealed record PreflightExpectations
{
    /// <summary>The store's code in the Central de Configurações E-commerce.</summary>
    public required string StoreCode { get; init; }

    /// <summary>
    /// The ERP's e-commerce configuration as the integrator read it (the release's prerequisites, the stores with their
    /// payment methods and trade policies, carriers, marketplaces), checked by <see cref="EcommerceConfigurationValidator"/>
    /// and, for the store's trade policies, against the price tables the store publishes. Give the client the same
    /// record (<see cref="TotvsEcommerceOptions.UseErpConfiguration"/>) and it refuses doomed orders before sending them.
    /// What is left <see langword="null"/> becomes a reminder in the report.
    /// </summary>
    public ErpEcommerceConfiguration? Configuration { get; init; }

    /// <summary>How far ahead of the connector's clock the ERP's <c>lastUpdate</c> stamps may be before it is a finding (2 minutes by default).</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The store's configuration in <see cref="Configuration"/>, or <see langword="null"/>.</summary>
    internal StoreConfiguration? Store => Configuration?.Stores.FirstOrDefault(s => s.StoreCode == StoreCode);
}
