using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;
using Totvs.Ecommerce.Sdk.Vtex;

namespace Totvs.Ecommerce.Sdk.Tests.Vtex;

/// <summary>Datasul's catalog as VTEX's (seed 001): category, product, SKU (item and reference mode), prices per trade policy, inventory.</summary>
public sealed class VtexCatalogMapperTests
{
    private static readonly Product Drill = new()
    {
        ItemCode = ItemCode.Parse("FUR-001"), Description = "Furadeira de impacto", FamilyCode = "FER", UnitOfMeasure = UnitOfMeasure.Parse("UN"),
        NetWeightKg = 1.8m, GrossWeightKg = 2.125m, HeightCm = 25, WidthCm = 8, LengthCm = 30,
    };

    [Fact]
    public void A_family_is_a_category_named_by_its_description_and_keyed_by_its_code()
    {
        var category = VtexCatalogMapper.ToCategory(new Family { Code = "FER", Description = " Ferramentas " });
        var tombstone = VtexCatalogMapper.ToCategory(new Family { Code = "OLD", IsActive = false }, categoryId: 7);

        Assert.Equal(("Ferramentas", "FER", true, null), (category.Name, category.Keywords, category.IsActive, category.Id));
        Assert.Equal(("OLD", false, false, 7), (tombstone.Name, tombstone.IsActive, tombstone.ShowInStoreFront, tombstone.Id));
    }

    [Fact]
    public void An_item_is_a_product_and_its_own_SKU_with_its_measures_in_grams()
    {
        var product = VtexCatalogMapper.ToProduct(Drill, categoryId: 5, new VtexCatalogMappingOptions { BrandId = 3 });
        var sku = VtexCatalogMapper.ToSku(Drill, productId: 9);
        var update = VtexCatalogMapper.ToSku(Drill with { IsActive = false }, productId: 9, skuId: 11);

        Assert.Equal(("Furadeira de impacto", "FUR-001", 5, 3, "furadeira-de-impacto-fur-001"), (product.Name, product.RefId, product.CategoryId, product.BrandId, product.LinkId));
        Assert.Equal(("FUR-001", 2125, 1800m, 25m, 8m, 30m, "UN"), (sku.RefId, sku.PackagedWeightKg, sku.WeightKg, sku.PackagedHeight, sku.PackagedWidth, sku.PackagedLength, sku.MeasurementUnit));
        Assert.Equal((null, true), (sku.IsActive, sku.ActivateIfPossible)); // VTEX activates a new SKU once it is priced
        Assert.Equal((false, 11), (update.IsActive, update.Id)); // an unpublished item deactivates its SKU
    }

    [Fact]
    public void A_reference_is_a_SKU_of_its_items_product_with_its_own_measures()
    {
        var reference = new Sku { SkuId = "CAM-001/M", ItemCode = ItemCode.Parse("CAM-001"), ReferenceCode = ReferenceCode.Parse("M"), Description = "Camiseta M", GrossWeightKg = 0.2m };

        var sku = VtexCatalogMapper.ToSku(reference, productId: 4);

        Assert.Equal(("CAM-001/M", "Camiseta M", 4, 200), (sku.RefId, sku.Name, sku.ProductId, sku.PackagedWeightKg));
        var specification = VtexCatalogMapper.ToSpecification(reference)!;
        Assert.Equal(("Referência", "Grade", "M"), (specification.FieldName, specification.GroupName, specification.FieldValues.Single()));
    }

    [Fact]
    public void Each_price_tables_FOB_price_is_the_fixed_price_of_every_trade_policy_linked_to_it()
    {
        var tables = new[]
        {
            new PriceTable { Code = "ECOM", TradePolicies = ["1", "2"] },
            new PriceTable { Code = "MKT", TradePolicies = ["3"] },
        };
        var prices = new[]
        {
            new PriceItem { PriceTable = "MKT", ItemCode = Drill.ItemCode, Price = 429.90m },
            new PriceItem { PriceTable = "ECOM", ItemCode = Drill.ItemCode, Price = 399.90m },
        };

        var price = VtexCatalogMapper.ToPrice(prices, tables);

        Assert.Equal(399.90m, price.BasePrice);
        Assert.Equal([("1", 399.90m), ("2", 399.90m), ("3", 429.90m)], price.FixedPrices.Select(p => (p.TradePolicyId, p.Value)));
        Assert.Throws<ArgumentException>(() => VtexCatalogMapper.ToPrice([], tables)); // never a SKU priced at nothing
    }

    [Fact]
    public void An_available_balance_is_whole_units_of_the_deposits_warehouse()
    {
        var balance = new StockBalance { ItemCode = Drill.ItemCode, BranchId = "1", WarehouseCode = "ECO", AvailableQuantity = 12.7m, LastUpdate = Instant.FromUtc(2026, 3, 1, 12, 0) };

        var inventory = VtexCatalogMapper.ToInventory(balance);
        var negative = VtexCatalogMapper.ToInventory(balance with { AvailableQuantity = -3 });

        Assert.Equal((12L, "2026-03-01T12:00:00Z"), (inventory.Quantity, inventory.DateUtcOnBalanceSystem));
        Assert.Equal(0, negative.Quantity);
        Assert.Equal("1_ECO", new VtexCatalogMappingOptions().WarehouseIdOf(balance));
    }

    [Fact]
    public void A_records_VTEX_id_is_stable_distinct_per_kind_and_above_VTEXs_own()
    {
        var product = VtexCatalogMapper.StableIdOf("product", "FUR-001");

        Assert.Equal(product, VtexCatalogMapper.StableIdOf("product", "FUR-001"));
        Assert.NotEqual(product, VtexCatalogMapper.StableIdOf("sku", "FUR-001"));
        Assert.InRange(product, 1_000_000_000, 1_999_999_999);
        Assert.Equal(1_000_000_000 + (int)(Fnv("product:FUR-001") % 1_000_000_000u), product); // the documented hash, so ids survive releases
    }

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}
