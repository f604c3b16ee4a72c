namespace Totvs.Ecommerce.Sdk.Domain.Fiscal;

/// <summary>Where a chosen natureza de operação came from.</summary>
public enum NaturezaSource
{
    /// <summary>The establishment's intra- or inter-state natureza (or its gift variant).</summary>
    Establishment = 0,

    /// <summary>A rule of the automatic suggestion.</summary>
    SuggestionRule = 1,
}
