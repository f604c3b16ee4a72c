namespace Totvs.Ecommerce.Sdk.Testing.Seeding;

/// <summary>One SKU of a Root/SKU root: an existing item and its grid values.</summary>
/// <param name="ItemCode">The item that is this SKU.</param>
/// <param name="GridValues">Its value on each grid, e.g. <c>{"Tamanho": "M"}</c>.</param>
/// <param name="Gtin">Its barcode, if any.</param>
public sealed record FakeRootVariant(string ItemCode, IReadOnlyDictionary<string, string> GridValues, string? Gtin = null);
