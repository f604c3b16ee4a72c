namespace Totvs.Ecommerce.Sdk.RootSkus;

/// <summary>
/// A root with its SKUs in Root/SKU mode (apiProductRootSkuPublic, store parameter "Empresa utiliza o
/// conceito de ROOT x SKU"): each SKU is an item distinguished by its grid values (size, colour, …).
/// </summary>
// The wire properties are in RootSku.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record RootSku;
