using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Domain.Stores;

namespace Totvs.Ecommerce.Sdk.Preflight;

/// <summary>What the integrator knows of the store, which the preflight checks the ERP against.</summary>
public sealed record PreflightExpectations
{
    /// <summary>The store's code in the Central de Configurações E-commerce.</summary>
    public required string StoreCode { get; init; }

    /// <summary>The store's trade policies (VTEX sales channels): each must be linked to a price table of the store (CD1508).</summary>
    public IReadOnlyList<string> TradePolicies { get; init; } = [];

    /// <summary>The carrier ids the store sends (reminded: the APIs cannot show CD0402's "ID E-commerce").</summary>
    public IReadOnlyList<string> CarrierEcommerceIds { get; init; } = [];

    /// <summary>The marketplaces (affiliates) the store sells through (reminded: each must be a representative).</summary>
    public IReadOnlyList<string> Marketplaces { get; init; } = [];

    /// <summary>The store's payment methods as configured in the ERP, checked by <see cref="PaymentMethodRules.Validate"/>.</summary>
    public IReadOnlyList<PaymentMethodConfiguration> PaymentMethods { get; init; } = [];

    /// <summary>The ERP's e-commerce configuration as the integrator read it, checked by <see cref="EcommerceConfigurationValidator"/>.</summary>
    public ErpEcommerceConfiguration? Configuration { get; init; }

    /// <summary>How far ahead of the connector's clock the ERP's <c>lastUpdate</c> stamps may be before it is a finding (2 minutes by default).</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromMinutes(2);
}
