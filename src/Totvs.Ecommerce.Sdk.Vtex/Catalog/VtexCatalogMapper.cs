using NodaTime.Text;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.PriceItems;
using Totvs.Ecommerce.Sdk.PriceTables;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.Skus;
using Totvs.Ecommerce.Sdk.StockBalances;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// Datasul's published catalog as VTEX's (seed 001, "Fluxo das Informações"): a família comercial is a category, an item
/// a product, the item (item mode) or each of its references (reference mode) a SKU, a price table's FOB price the fixed
/// price of each trade policy linked to it, an available balance the inventory of the depósito's warehouse. An inactive
/// record (a tombstone: unlinked, deactivated) maps to an inactive one, so VTEX unpublishes it. The ERP is the source:
/// the mapped record replaces VTEX's whole, and nothing of VTEX's flows back.
/// </summary>
public static class VtexCatalogMapper
{
    /// <summary>The RefId of an item's SKU (item mode) or of one of its references: <c>FUR-001</c>, <c>CAM-001/M</c>.</summary>
    /// <param name="item">The item code.</param>
    /// <param name="reference">The reference, in reference mode.</param>
    /// <returns>The RefId, unique in the account.</returns>
    public static string RefIdOf(ItemCode item, ReferenceCode? reference = null) => reference is { } r ? $"{item.Value}/{r.Value}" : item.Value;

    /// <summary>
    /// A stable VTEX id for a Datasul record: FNV-1a of <c>kind:key</c> in [1,000,000,000, 2,000,000,000). The same code
    /// always gives the same id, on every machine and release.
    /// </summary>
    /// <param name="kind"><c>category</c>, <c>product</c> or <c>sku</c>.</param>
    /// <param name="key">The family code, item code or SKU RefId.</param>
    /// <returns>The id.</returns>
    public static int StableIdOf(string kind, string key)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(key);
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes($"{kind}:{key}"))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return 1_000_000_000 + (int)(hash % 1_000_000_000u);
    }

    /// <summary>A família comercial as a category (a department: Datasul's families are flat).</summary>
    /// <param name="family">The family.</param>
    /// <param name="categoryId">The category's VTEX id when it exists (an update), or <see langword="null"/> to create one.</param>
    /// <returns>The category: the family's description (its code when it has none), active as the family is.</returns>
    public static VtexCategory ToCategory(Family family, int? categoryId = null)
    {
        ArgumentNullException.ThrowIfNull(family);
        var name = string.IsNullOrWhiteSpace(family.Description) ? family.Code : family.Description.Trim();
        var active = family.IsActive != false;
        return new VtexCategory
        {
            Id = categoryId,
            Name = name,
            Title = name,
            Description = name,
            Keywords = family.Code,
            IsActive = active,
            ShowInStoreFront = active,
            ActiveStoreFrontLink = active,
        };
    }

    /// <summary>An item as a product.</summary>
    /// <param name="item">The item.</param>
    /// <param name="categoryId">The VTEX category of the item's family.</param>
    /// <param name="options">The brand; the defaults when <see langword="null"/>.</param>
    /// <param name="productId">The product's VTEX id when it exists (an update), or <see langword="null"/> to create one.</param>
    /// <returns>The product: RefId the item code, visible and active as the item is.</returns>
    public static VtexProduct ToProduct(Product item, int categoryId, VtexCatalogMappingOptions? options = null, int? productId = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        options ??= new VtexCatalogMappingOptions();
        var name = string.IsNullOrWhiteSpace(item.Description) ? item.ItemCode.Value : item.Description.Trim();
        var active = item.IsActive != false;
        return new VtexProduct
        {
            Id = productId,
            Name = name,
            Title = name,
            Description = name,
            CategoryId = categoryId,
            BrandId = options.BrandId,
            RefId = item.ItemCode.Value,
            LinkId = LinkIdOf(item.ItemCode.Value, name),
            IsActive = active,
            IsVisible = active,
        };
    }

    /// <summary>An item as its only SKU (item mode: the item is not controlled by reference).</summary>
    /// <param name="item">The item.</param>
    /// <param name="productId">The VTEX product.</param>
    /// <param name="options">The weight unit; the defaults when <see langword="null"/>.</param>
    /// <param name="skuId">The SKU's VTEX id when it exists (an update), or <see langword="null"/> to create one.</param>
    /// <returns>The SKU: RefId the item code, the item's measures and unit.</returns>
    public static VtexSku ToSku(Product item, int productId, VtexCatalogMappingOptions? options = null, int? skuId = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Sku(productId, skuId, string.IsNullOrWhiteSpace(item.Description) ? item.ItemCode.Value : item.Description.Trim(), RefIdOf(item.ItemCode),
            item.IsActive != false, (item.NetWeightKg, item.GrossWeightKg, item.HeightCm, item.WidthCm, item.LengthCm), item.UnitOfMeasure.Value, options);
    }

    /// <summary>One reference of an item as a SKU (reference mode): the grid's variation, with the reference's own GTIN and measures (CD1506).</summary>
    /// <param name="reference">The reference SKU Datasul publishes.</param>
    /// <param name="productId">The VTEX product of its item.</param>
    /// <param name="options">The weight unit; the defaults when <see langword="null"/>.</param>
    /// <param name="skuId">The SKU's VTEX id when it exists (an update), or <see langword="null"/> to create one.</param>
    /// <returns>The SKU: RefId <c>item/reference</c>, the reference's description and measures.</returns>
    public static VtexSku ToSku(Sku reference, int productId, VtexCatalogMappingOptions? options = null, int? skuId = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var name = string.IsNullOrWhiteSpace(reference.Description) ? RefIdOf(reference.ItemCode, reference.ReferenceCode) : reference.Description.Trim();
        return Sku(productId, skuId, name, RefIdOf(reference.ItemCode, reference.ReferenceCode), reference.IsActive != false,
            (reference.NetWeightKg, reference.GrossWeightKg, reference.HeightCm, reference.WidthCm, reference.LengthCm), null, options);
    }

    /// <summary>
    /// A reference's place in its item's grid (reference mode): the value of the grid's specification, so the store shows
    /// the references as the variations of one product. An item's own SKU (item mode) has none.
    /// </summary>
    /// <param name="sku">The SKU Datasul publishes.</param>
    /// <param name="options">The specification's and group's names; the defaults when <see langword="null"/>.</param>
    /// <returns>The specification (the reference code as its value), or <see langword="null"/> for an item's own SKU.</returns>
    public static VtexSkuSpecification? ToSpecification(Sku sku, VtexCatalogMappingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sku);
        options ??= new VtexCatalogMappingOptions();
        return sku.ReferenceCode is { } reference
            ? new VtexSkuSpecification { FieldName = options.ReferenceSpecification, GroupName = options.ReferenceSpecificationGroup, FieldValues = [reference.Value] }
            : null;
    }

    /// <summary>
    /// A SKU's prices: the FOB price of each price table as the fixed price of every trade policy linked to it (CD1508
    /// "Políticas Comerciais"), and the first table's as the base price.
    /// </summary>
    /// <param name="prices">The SKU's price items (one per table).</param>
    /// <param name="tables">The store's price tables, with their trade policies.</param>
    /// <returns>The prices.</returns>
    /// <exception cref="ArgumentException">No price is given: a SKU is never priced at nothing.</exception>
    public static VtexPrice ToPrice(IEnumerable<PriceItem> prices, IEnumerable<PriceTable> tables)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(tables);
        var byTable = prices.GroupBy(p => p.PriceTable, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Price, StringComparer.Ordinal);
        if (byTable.Count == 0)
        {
            throw new ArgumentException("No price: a SKU is published with the price of a table linked to the store (CD1508).", nameof(prices));
        }

        var fixedPrices = tables.Where(t => byTable.ContainsKey(t.Code))
            .SelectMany(t => t.TradePolicies.Select(policy => new VtexFixedPrice { TradePolicyId = policy, Value = byTable[t.Code] }))
            .GroupBy(p => p.TradePolicyId, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(p => p.TradePolicyId, StringComparer.Ordinal).ToList();
        return new VtexPrice { BasePrice = byTable.OrderBy(p => p.Key, StringComparer.Ordinal).First().Value, FixedPrices = fixedPrices };
    }

    /// <summary>An available balance as the inventory of its depósito's warehouse.</summary>
    /// <param name="balance">The balance.</param>
    /// <returns>The whole units available (a fraction is not sellable; a negative balance is 0), stamped with the ERP's <c>lastUpdate</c>.</returns>
    public static VtexInventory ToInventory(StockBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return new VtexInventory
        {
            Quantity = (long)Math.Max(0, decimal.Floor(balance.AvailableQuantity)),
            DateUtcOnBalanceSystem = balance.LastUpdate is { } stamp ? InstantPattern.ExtendedIso.Format(stamp) : null,
        };
    }

    private static VtexSku Sku(int productId, int? skuId, string name, string refId, bool active,
        (decimal? Net, decimal? Gross, decimal? Height, decimal? Width, decimal? Length) measures, string? unit, VtexCatalogMappingOptions? options)
    {
        options ??= new VtexCatalogMappingOptions();
        int Weight(decimal? kg) => (int)decimal.Round((kg ?? 0) * (options.WeightInGrams ? 1000 : 1), MidpointRounding.AwayFromZero);
        return new VtexSku
        {
            Id = skuId,
            ProductId = productId,
            Name = name,
            RefId = refId,
            IsActive = skuId is null ? null : active, // a new SKU is activated by VTEX once priced (ActivateIfPossible)
            ActivateIfPossible = skuId is null ? active : null,
            PackagedHeight = measures.Height ?? 0,
            PackagedWidth = measures.Width ?? 0,
            PackagedLength = measures.Length ?? 0,
            PackagedWeightKg = Weight(measures.Gross ?? measures.Net),
            Height = measures.Height,
            Width = measures.Width,
            Length = measures.Length,
            WeightKg = measures.Net is null ? null : Weight(measures.Net),
            MeasurementUnit = unit,
            UnitMultiplier = 1,
        };
    }

    /// <summary>A slug from the name and code: lowercase letters, digits and hyphens, unique by the code.</summary>
    private static string LinkIdOf(string code, string name)
    {
        var text = (name + "-" + code).Normalize(System.Text.NormalizationForm.FormD);
        var slug = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
