using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>The FOB price of an item (or reference) in a table.</summary>
internal sealed record PriceRecord(ItemCode ItemCode, ReferenceCode? ReferenceCode, UnitOfMeasure Unit, decimal Price, LocalDate ValidFrom, Instant LastUpdate)
{
    public static string KeyOf(ItemCode item, ReferenceCode? reference) => reference is { } r ? $"{item}/{r}" : item.Value;
}
