using NodaTime;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>A price table (CD1508) with its prices, keyed by item and reference.</summary>
internal sealed record PriceTableRecord(
    string Code, string Description, LocalDate ValidFrom, LocalDate? ValidTo, string Currency, IReadOnlyList<string> TradePolicies, Instant LastUpdate)
{
    public SortedDictionary<string, PriceRecord> Prices { get; init; } = new(StringComparer.Ordinal);
}
