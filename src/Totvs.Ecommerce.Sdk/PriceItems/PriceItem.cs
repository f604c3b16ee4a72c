namespace Totvs.Ecommerce.Sdk.PriceItems;

/// <summary>
/// The price of an item (or of one reference) in a price table linked to the store: the table's FOB price
/// (CD1508), ICMS already included (FT0301 "ICMS Incluso no Preço").
/// </summary>
// The wire properties are in PriceItem.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record PriceItem;
