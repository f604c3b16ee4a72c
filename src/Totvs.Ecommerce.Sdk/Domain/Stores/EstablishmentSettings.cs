using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Domain.Stores;

/// <summary>
/// An establishment (estabelecimento) linked to a store with its naturezas de operação (PD0310 / Central de
/// Configurações): intra-state, inter-state, and the two for gift (brinde) items, and the sale operation type
/// used by the automatic suggestion.
/// </summary>
public sealed record EstablishmentSettings
{
    /// <summary>The establishment code (<c>cod-estabel</c>, up to 5 characters).</summary>
    public required string BranchId { get; init; }

    /// <summary>The establishment's UF: a delivery in the same UF is intra-state.</summary>
    public required Uf Uf { get; init; }

    /// <summary>The natureza for deliveries in the establishment's UF.</summary>
    public string? IntraStateNatureza { get; init; }

    /// <summary>The natureza for deliveries to another UF.</summary>
    public string? InterStateNatureza { get; init; }

    /// <summary>The natureza for gift items delivered in the establishment's UF.</summary>
    public string? GiftIntraStateNatureza { get; init; }

    /// <summary>The natureza for gift items delivered to another UF.</summary>
    public string? GiftInterStateNatureza { get; init; }

    /// <summary>The sale operation type (Tipo Op. Venda) whose rule the automatic suggestion applies.</summary>
    public string? SaleOperationType { get; init; }
}
