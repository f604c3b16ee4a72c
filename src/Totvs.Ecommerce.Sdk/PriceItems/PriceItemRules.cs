using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.PriceItems;

/// <summary>What the SDK checks on each price it receives.</summary>
internal static class PriceItemRules
{
    public static RecordRules<PriceItem> Instance { get; } = new(
        price => price.ItemCode.IsEmpty ? null : $"{price.PriceTable}/{price.ItemCode}{(price.ReferenceCode is { } reference ? "/" + reference : string.Empty)}",
        (price, check) =>
        {
            check.Required(PriceItemFields.PriceTable, !string.IsNullOrWhiteSpace(price.PriceTable));
            check.Required(PriceItemFields.ItemCode, !price.ItemCode.IsEmpty);

            // A price left out with fields= reads as 0: check it only when it was asked for.
            if (check.IsRequested(PriceItemFields.Price))
            {
                check.Add(CatalogRules.CheckPrice(price.Price));
            }
        });
}
