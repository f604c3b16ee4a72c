using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Skus;

/// <summary>What the SDK checks on each SKU it receives.</summary>
internal static class SkuRules
{
    public static RecordRules<Sku> Instance { get; } = new(
        sku => string.IsNullOrEmpty(sku.SkuId) ? null : sku.SkuId,
        (sku, check) =>
        {
            check.Required(SkuFields.SkuId, !string.IsNullOrWhiteSpace(sku.SkuId));
            check.Required(SkuFields.ItemCode, !sku.ItemCode.IsEmpty);
            check.Add(CatalogRules.CheckMeasure(SkuFields.NetWeightKg, sku.NetWeightKg));
            check.Add(CatalogRules.CheckMeasure(SkuFields.GrossWeightKg, sku.GrossWeightKg));
            check.Add(CatalogRules.CheckMeasure(SkuFields.HeightCm, sku.HeightCm));
            check.Add(CatalogRules.CheckMeasure(SkuFields.WidthCm, sku.WidthCm));
            check.Add(CatalogRules.CheckMeasure(SkuFields.LengthCm, sku.LengthCm));
        });
}
