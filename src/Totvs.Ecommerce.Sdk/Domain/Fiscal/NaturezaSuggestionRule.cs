using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.Domain.Fiscal;

/// <summary>
/// A rule of the automatic suggestion of natureza de operação (DPED0082): for a sale operation type, and
/// optionally an origin UF, a destination UF and gift items, the natureza to use. A criterion left
/// <see langword="null"/> matches anything.
/// </summary>
public sealed record NaturezaSuggestionRule
{
    /// <summary>The sale operation type (Tipo Op. Venda) the rule belongs to.</summary>
    public required string SaleOperationType { get; init; }

    /// <summary>The establishment's UF the rule applies to, or any.</summary>
    public Uf? FromUf { get; init; }

    /// <summary>The delivery UF the rule applies to, or any.</summary>
    public Uf? ToUf { get; init; }

    /// <summary>Whether the rule is for gift items only (<see langword="true"/>), for sold items only (<see langword="false"/>), or both.</summary>
    public bool? ForGifts { get; init; }

    /// <summary>The natureza de operação the rule gives.</summary>
    public required string Natureza { get; init; }

    /// <summary>Whether the rule covers a sale.</summary>
    /// <param name="saleOperationType">The establishment's sale operation type.</param>
    /// <param name="from">The establishment's UF.</param>
    /// <param name="to">The delivery UF.</param>
    /// <param name="isGift">Whether the item is a gift.</param>
    /// <returns>Whether every criterion matches.</returns>
    public bool Matches(string saleOperationType, Uf from, Uf to, bool isGift) =>
        string.Equals(SaleOperationType, saleOperationType, StringComparison.OrdinalIgnoreCase)
        && (FromUf is null || FromUf == from)
        && (ToUf is null || ToUf == to)
        && (ForGifts is null || ForGifts == isGift);
}
