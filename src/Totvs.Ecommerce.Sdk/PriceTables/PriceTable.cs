namespace Totvs.Ecommerce.Sdk.PriceTables;

/// <summary>A price table linked to the store (CD1508), with the e-commerce trade policies it serves.</summary>
// The wire properties are in PriceTable.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record PriceTable;
