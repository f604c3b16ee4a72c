using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;

namespace Totvs.Ecommerce.Sdk.Domain.Stores;

/// <summary>
/// The ERP's whole e-commerce configuration as the integrator knows it: the release and its prerequisites, the global
/// switch, the stock allocation, the registers orders depend on, and the stores. Checked by
/// <see cref="EcommerceConfigurationValidator"/> and the go-live check; given to the client
/// (<see cref="TotvsEcommerceOptions.UseErpConfiguration"/>), orders are admitted locally before they are sent.
/// </summary>
/// <remarks>
/// A setting left <see langword="null"/> is not known: nothing is checked against it, and the go-live check reminds
/// you to confirm it in the ERP. An empty list is known to be empty.
/// </remarks>
public sealed record ErpEcommerceConfiguration
{
    /// <summary>
    /// The Datasul release, e.g. <c>12.1.2403</c>. The public sales APIs (customers and orders) need 12.1.29 or later;
    /// up to 12.1.2311 the legacy store programs apply (<see cref="IsLegacyRelease"/> must agree).
    /// </summary>
    public string? Release { get; init; }

    /// <summary>
    /// FT0301 "ICMS Incluso no Preço": must be marked, because the table price the store shows already includes ICMS.
    /// </summary>
    public bool? IcmsIncludedInPrice { get; init; }

    /// <summary>
    /// The naturezas de operação whose "Consumidor final" (aba ICMS of CD0606) is marked. Every natureza the stores
    /// use must be here: taxes are computed for sales to the final consumer.
    /// </summary>
    public IReadOnlyList<string>? FinalConsumerNaturezas { get; init; }

    /// <summary>Whether the Cobranças Especiais module (SCO) is implanted: credit card payment methods need it.</summary>
    public bool? SpecialCollectionsModule { get; init; }

    /// <summary>The séries fiscais registered in UTB113AA: a boleto or transfer method's série must be one of them.</summary>
    public IReadOnlyList<string>? FiscalSeries { get; init; }

    /// <summary>
    /// The carrier ids of the store platform that have an "ID E-commerce" in CD0402 (aba Fretes): an order naming
    /// another is not imported (<c>CARRIER_NOT_MAPPED</c>).
    /// </summary>
    public IReadOnlyList<string>? CarrierEcommerceIds { get; init; }

    /// <summary>The marketplaces (affiliates) registered as representatives: an order through another is refused.</summary>
    public IReadOnlyList<string>? Marketplaces { get; init; }

    /// <summary>The automatic suggestion's rules of natureza de operação (DPED0082), for stores that use it.</summary>
    public IReadOnlyList<NaturezaSuggestionRule>? NaturezaRules { get; init; }

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
