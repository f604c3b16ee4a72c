using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.PriceTables;

/// <summary>What the SDK checks on each price table it receives.</summary>
internal static class PriceTableRules
{
    public static RecordRules<PriceTable> Instance { get; } = new(
        table => string.IsNullOrEmpty(table.Code) ? null : table.Code,
        (table, check) =>
        {
            check.Required(PriceTableFields.Code, !string.IsNullOrWhiteSpace(table.Code));
            if (table.ValidFrom is { } from)
            {
                check.Add(CatalogRules.CheckValidity(from, table.ValidTo));
            }
        });
}
