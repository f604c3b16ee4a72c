using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Products;

/// <summary>What the SDK checks on each product it receives.</summary>
internal static class ProductRules
{
    public static RecordRules<Product> Instance { get; } = new(
        product => product.ItemCode.IsEmpty ? null : product.ItemCode.Value,
        (product, check) =>
        {
            check.Required(ProductFields.ItemCode, !product.ItemCode.IsEmpty);
            check.Required(ProductFields.Description, !string.IsNullOrWhiteSpace(product.Description));
            check.Required(ProductFields.UnitOfMeasure, !product.UnitOfMeasure.IsEmpty);
            check.Add(CatalogRules.CheckMeasure(ProductFields.NetWeightKg, product.NetWeightKg));
            check.Add(CatalogRules.CheckMeasure(ProductFields.GrossWeightKg, product.GrossWeightKg));
            check.Add(CatalogRules.CheckMeasure(ProductFields.HeightCm, product.HeightCm));
            check.Add(CatalogRules.CheckMeasure(ProductFields.WidthCm, product.WidthCm));
            check.Add(CatalogRules.CheckMeasure(ProductFields.LengthCm, product.LengthCm));
        });
}
