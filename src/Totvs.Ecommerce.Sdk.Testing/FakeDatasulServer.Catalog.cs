using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Testing.Seeding;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>ERP-side catalog actions: what a Datasul user does in the ERP, stamped with the server's clock.</summary>
public sealed partial class FakeDatasulServer
{
    /// <summary>
    /// Chooses how the company publishes variations: reference mode (apiProductSkuPublic) or Root/SKU
    /// (apiProductRootSkuPublic). The other SKU resource then answers <c>CATALOG_MODE_MISMATCH</c>.
    /// </summary>
    /// <param name="mode">The mode.</param>
    public void SetCatalogMode(CatalogMode mode)
    {
        lock (state.Sync)
        {
            state.CatalogMode = mode;
        }
    }

    /// <summary>Creates or changes an item. Its code and unit cannot change while a store links it (CD0205).</summary>
    /// <param name="item">The item.</param>
    /// <exception cref="FormatException">A code or GTIN is invalid; the message says which.</exception>
    /// <exception cref="FakeDatasulRuleException">The item is linked to a store and its unit would change.</exception>
    public void UpsertItem(FakeItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var code = ItemCode.Parse(item.ItemCode);
        var unit = UnitOfMeasure.Parse(item.UnitOfMeasure);
        var gtin = item.Gtin is null ? (Gtin?)null : Gtin.Parse(item.Gtin);
        var measures = new ItemMeasures(item.NetWeightKg, item.GrossWeightKg, item.HeightCm, item.WidthCm, item.LengthCm);
        foreach (var (field, value) in new[] { ("netWeightKg", item.NetWeightKg), ("grossWeightKg", item.GrossWeightKg), ("heightCm", item.HeightCm), ("widthCm", item.WidthCm), ("lengthCm", item.LengthCm) })
        {
            ThrowIf(CatalogRules.CheckMeasure(field, value));
        }

        lock (state.Sync)
        {
            var existing = state.Items.GetValueOrDefault(code.Value);
            if (existing is not null && state.IsLinkedAnywhere(code.Value)
                && CatalogRules.CheckLinkedItemChange(existing.Code, existing.Unit, code, unit) is { } rejection)
            {
                throw new FakeDatasulRuleException(rejection);
            }

            state.Items[code.Value] = new ItemRecord(
                code, item.Description, item.FamilyCode, unit, item.ControlledByReference ? StockControl.Reference : StockControl.Item,
                gtin, measures, item.IsActive, state.Now)
            {
                References = existing?.References ?? new SortedDictionary<string, ReferenceRecord>(StringComparer.Ordinal),
            };
            TouchRootsOf(code.Value);
        }
    }

    /// <summary>Adds (or changes) a reference of an item controlled by reference (CD1506).</summary>
    /// <param name="itemCode">The item.</param>
    /// <param name="referenceCode">The reference, up to 8 characters.</param>
    /// <param name="description">What distinguishes it, e.g. <c>Azul P</c>.</param>
    /// <param name="gtin">Its barcode, if any.</param>
    /// <param name="measures">
    /// Its own weights and dimensions (CD1506 "Informações Adicionais Referências Item"): its SKU publishes them instead of
    /// the item's; <see langword="null"/> to publish the item's.
    /// </param>
    public void AddReference(string itemCode, string referenceCode, string description, string? gtin = null, FakeMeasures? measures = null)
    {
        var reference = ReferenceCode.Parse(referenceCode);
        var barcode = gtin is null ? (Gtin?)null : Gtin.Parse(gtin);
        var own = measures is null ? null : new ItemMeasures(measures.NetWeightKg, measures.GrossWeightKg, measures.HeightCm, measures.WidthCm, measures.LengthCm);
        foreach (var (field, value) in own is null ? [] : new[] { ("netWeightKg", own.NetWeightKg), ("grossWeightKg", own.GrossWeightKg), ("heightCm", own.HeightCm), ("widthCm", own.WidthCm), ("lengthCm", own.LengthCm) })
        {
            ThrowIf(CatalogRules.CheckMeasure(field, value));
        }

        lock (state.Sync)
        {
            var item = RequireItem(itemCode);
            item.References[reference.Value] = new ReferenceRecord(reference, description, barcode, state.Now) { Measures = own };
        }
    }

    /// <summary>Creates or changes a Root/SKU root grouping existing items.</summary>
    /// <param name="rootCode">The root code.</param>
    /// <param name="description">The description.</param>
    /// <param name="familyCode">The family, if any.</param>
    /// <param name="variants">Its SKUs: existing items with their grid values.</param>
    public void UpsertRoot(string rootCode, string description, string? familyCode, IEnumerable<FakeRootVariant> variants)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootCode);
        ArgumentNullException.ThrowIfNull(variants);
        lock (state.Sync)
        {
            var records = variants.Select(v => new RootVariantRecord(
                RequireItem(v.ItemCode).Code, new Dictionary<string, string>(v.GridValues), v.Gtin is null ? null : Gtin.Parse(v.Gtin))).ToList();
            state.Roots[rootCode] = new RootRecord(rootCode, description, familyCode, true, state.Now, records);
        }
    }

    /// <summary>Creates or changes a price table (CD1508).</summary>
    /// <param name="code">The table code, up to 8 characters.</param>
    /// <param name="description">The description.</param>
    /// <param name="validFrom">First day of validity; today on the server's clock when <see langword="null"/>.</param>
    /// <param name="validTo">Last day of validity, if it ends.</param>
    /// <param name="tradePolicies">The e-commerce trade policies linked to the table.</param>
    public void UpsertPriceTable(string code, string description, LocalDate? validFrom = null, LocalDate? validTo = null, params string[] tradePolicies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        lock (state.Sync)
        {
            var from = validFrom ?? Today();
            ThrowIf(CatalogRules.CheckValidity(from, validTo));
            var prices = state.PriceTables.GetValueOrDefault(code)?.Prices ?? new SortedDictionary<string, PriceRecord>(StringComparer.Ordinal);
            state.PriceTables[code] = new PriceTableRecord(code, description, from, validTo, "BRL", tradePolicies, state.Now) { Prices = prices };
        }
    }

    /// <summary>Sets the FOB price of an item (or reference) in a table; a new price may publish the item.</summary>
    /// <param name="priceTable">The table.</param>
    /// <param name="itemCode">The item.</param>
    /// <param name="price">The price, ICMS included; above zero.</param>
    /// <param name="referenceCode">The reference, for a price per reference.</param>
    /// <exception cref="ArgumentException">The price is zero or negative.</exception>
    public void SetPrice(string priceTable, string itemCode, decimal price, string? referenceCode = null)
    {
        ThrowIf(CatalogRules.CheckPrice(price));
        var reference = referenceCode is null ? (ReferenceCode?)null : ReferenceCode.Parse(referenceCode);
        lock (state.Sync)
        {
            var item = RequireItem(itemCode);
            if (!state.PriceTables.TryGetValue(priceTable, out var table))
            {
                throw new InvalidOperationException($"Price table '{priceTable}' does not exist; call UpsertPriceTable first.");
            }

            var key = PriceRecord.KeyOf(item.Code, reference);
            var isNew = !table.Prices.ContainsKey(key);
            table.Prices[key] = new PriceRecord(item.Code, reference, item.Unit, price, table.ValidFrom, state.Now);
            if (isNew)
            {
                TouchItem(item.Code.Value);
            }
        }
    }

    /// <summary>Sets the available balance of an item (or reference) in a deposit of an establishment.</summary>
    /// <param name="itemCode">The item.</param>
    /// <param name="branchId">The establishment, up to 5 characters.</param>
    /// <param name="warehouseCode">The depósito, up to 3 characters.</param>
    /// <param name="quantity">The available quantity; zero or more.</param>
    /// <param name="referenceCode">The reference, for an item controlled by reference.</param>
    /// <exception cref="ArgumentException">The quantity is negative.</exception>
    public void SetBalance(string itemCode, string branchId, string warehouseCode, decimal quantity, string? referenceCode = null)
    {
        ThrowIf(CatalogRules.CheckAvailableQuantity(quantity));
        var reference = referenceCode is null ? (ReferenceCode?)null : ReferenceCode.Parse(referenceCode);
        lock (state.Sync)
        {
            var item = RequireItem(itemCode);
            var balance = new BalanceRecord(item.Code, reference, branchId, warehouseCode, quantity, state.Now);
            state.Balances[balance.Key] = balance;
        }
    }

    /// <summary>Selects an item for a store. An item controlled by reference needs its references first (57422).</summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="itemCode">The item.</param>
    /// <exception cref="FakeDatasulRuleException">The item is controlled by reference and has no references (57422).</exception>
    public void LinkItem(string storeCode, string itemCode)
    {
        lock (state.Sync)
        {
            var store = RequireStore(storeCode);
            var item = RequireItem(itemCode);
            if (CatalogRules.CheckItemCanBeLinked(item.Code, item.StockControl, item.References.Count, state.CatalogMode) is { } rejection)
            {
                throw new FakeDatasulRuleException(rejection);
            }

            store.ItemCodes.Add(item.Code.Value);
            store.UnlinkedItems.Remove(item.Code.Value);
            TouchItem(item.Code.Value);
        }
    }

    /// <summary>
    /// Removes an item from a store: from now on it is published there as inactive (<c>isActive=false</c>, a newer
    /// <c>lastUpdate</c>), so the store's next incremental sync unpublishes it; its prices and stock are no longer published.
    /// </summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="itemCode">The item.</param>
    public void UnlinkItem(string storeCode, string itemCode)
    {
        lock (state.Sync)
        {
            var store = RequireStore(storeCode);
            if (store.ItemCodes.Remove(itemCode))
            {
                store.UnlinkedItems[itemCode] = state.Now;
            }
        }
    }

    /// <summary>Links a price table to a store: its prices publish the store's items.</summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="priceTable">The table.</param>
    public void LinkPriceTable(string storeCode, string priceTable)
    {
        lock (state.Sync)
        {
            var store = RequireStore(storeCode);
            if (!state.PriceTables.TryGetValue(priceTable, out var table))
            {
                throw new InvalidOperationException($"Price table '{priceTable}' does not exist; call UpsertPriceTable first.");
            }

            store.PriceTableCodes.Add(priceTable);
            state.PriceTables[priceTable] = table with { LastUpdate = state.Now };
            foreach (var price in table.Prices.Values)
            {
                TouchItem(price.ItemCode.Value);
            }
        }
    }

    /// <summary>Links a deposit to a store: its balances are published there.</summary>
    /// <param name="storeCode">The store.</param>
    /// <param name="branchId">The establishment.</param>
    /// <param name="warehouseCode">The depósito.</param>
    public void LinkDeposit(string storeCode, string branchId, string warehouseCode)
    {
        lock (state.Sync)
        {
            var deposit = BalanceRecord.DepositKey(branchId, warehouseCode);
            RequireStore(storeCode).Deposits.Add(deposit);
            foreach (var balance in state.Balances.Values.Where(b => b.Deposit == deposit).ToList())
            {
                state.Balances[balance.Key] = balance with { LastUpdate = state.Now };
            }
        }
    }

    internal string? FirstLinkedPriceTable(string storeCode)
    {
        lock (state.Sync)
        {
            return state.Stores.GetValueOrDefault(storeCode)?.PriceTableCodes.FirstOrDefault();
        }
    }

    internal (string BranchId, string WarehouseCode)? FirstLinkedDeposit(string storeCode)
    {
        lock (state.Sync)
        {
            return state.Stores.GetValueOrDefault(storeCode)?.Deposits.Order(StringComparer.Ordinal).FirstOrDefault() is { } deposit
                ? (deposit.Split('/')[0], deposit.Split('/')[1])
                : null;
        }
    }

    private static void ThrowIf(RecordProblem? problem)
    {
        if (problem is not null)
        {
            throw new ArgumentException(problem.Message, problem.Field);
        }
    }

    private LocalDate Today() => state.Now.InZone(ServerZone).Date;

    private StoreRecord RequireStore(string storeCode) =>
        state.Stores.GetValueOrDefault(storeCode)
        ?? throw new InvalidOperationException($"Store '{storeCode}' does not exist; call AddStore(\"{storeCode}\") first.");

    private ItemRecord RequireItem(string itemCode) =>
        state.Items.GetValueOrDefault(itemCode.Trim())
        ?? throw new InvalidOperationException($"Item '{itemCode}' does not exist; call UpsertItem first.");

    /// <summary>Marks an item (and the roots holding it) changed, so an incremental sync sends it again.</summary>
    private void TouchItem(string itemCode)
    {
        if (state.Items.TryGetValue(itemCode, out var item))
        {
            state.Items[itemCode] = item with { LastUpdate = state.Now };
        }

        TouchRootsOf(itemCode);
    }

    private void TouchRootsOf(string itemCode)
    {
        foreach (var root in state.Roots.Values.Where(r => r.Variants.Any(v => v.ItemCode.Value == itemCode)).ToList())
        {
            state.Roots[root.Code] = root with { LastUpdate = state.Now };
        }
    }
}
