using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Catalog;

/// <summary>A SKU of reference mode: an item, or one reference of an item controlled by reference.</summary>
internal sealed record SkuView(ItemRecord Item, ReferenceRecord? Reference)
{
    public string SkuId => Reference is null ? Item.Code.Value : $"{Item.Code}/{Reference.Code}";

    public Instant LastUpdate => Reference is null || Reference.LastUpdate < Item.LastUpdate ? Item.LastUpdate : Reference.LastUpdate;
}
