namespace Totvs.Ecommerce.Sdk.Domain.Fiscal;

/// <summary>The natureza de operação chosen for an order item.</summary>
/// <param name="Natureza">The natureza code.</param>
/// <param name="Source">Whether it came from the establishment or from a suggestion rule.</param>
/// <param name="IsInterState">Whether the delivery leaves the establishment's UF.</param>
public sealed record NaturezaChoice(string Natureza, NaturezaSource Source, bool IsInterState);
