using System.Text.Json.Serialization;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Serialization;

namespace Totvs.Ecommerce.Sdk.RootSkus;

/// <summary>One SKU of a <see cref="RootSku"/>: an item and its values on the root's grids.</summary>
public sealed record RootSkuVariant
{
    /// <summary>The item code of this SKU (<c>itemCode</c>).</summary>
    [JsonPropertyName("itemCode")]
    public ItemCode ItemCode { get; set; }

    /// <summary>The SKU's value on each grid, by grid name (<c>gridValues</c>, e.g. <c>{"Tamanho": "M", "Cor": "Azul"}</c>).</summary>
    [JsonPropertyName("gridValues")]
    public IReadOnlyDictionary<string, string> GridValues { get; set; } = new Dictionary<string, string>();

    /// <summary>The barcode, when the SKU has one (<c>gtin</c>).</summary>
    [JsonPropertyName("gtin")]
    [JsonConverter(typeof(BlankAsNullJsonConverter<Gtin, GtinJsonConverter>))]
    public Gtin? Gtin { get; set; }
}
