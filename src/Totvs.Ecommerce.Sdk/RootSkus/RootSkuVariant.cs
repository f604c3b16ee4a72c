namespace Totvs.Ecommerce.Sdk.RootSkus;

/// <summary>One SKU of a <see cref="RootSku"/>: an item and its values on the root's grids.</summary>
// The wire properties are in RootSkuVariant.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record RootSkuVariant;
