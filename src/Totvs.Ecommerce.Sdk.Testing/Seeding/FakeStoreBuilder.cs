namespace Totvs.Ecommerce.Sdk.Testing.Seeding;

/// <summary>
/// Builds a store of the fake ERP in a few lines: what is linked to it is what Datasul publishes to it.
/// Returned by <see cref="FakeDatasulServer.AddStore"/>. Items added here are linked to the store, priced
/// in its current price table and stocked in its current deposit (created on first use as
/// <see cref="DefaultPriceTable"/> and <see cref="DefaultBranchId"/>/<see cref="DefaultWarehouseCode"/>).
/// </summary>
public sealed class FakeStoreBuilder
{
    /// <summary>The price table created for a store that is given items before any table.</summary>
    public const string DefaultPriceTable = "ECOM";

    /// <summary>The establishment of the deposit created for a store that is given items before any deposit.</summary>
    public const string DefaultBranchId = "1";

    /// <summary>The depósito created for a store that is given items before any deposit.</summary>
    public const string DefaultWarehouseCode = "ECO";

    private readonly FakeDatasulServer server;
    private string? priceTable;
    private (string BranchId, string WarehouseCode)? deposit;

    internal FakeStoreBuilder(FakeDatasulServer server, string code)
    {
        this.server = server;
        Code = code;
    }

    /// <summary>The store code.</summary>
    public string Code { get; }

    /// <summary>Creates (or changes) a family in the ERP and links it to this store.</summary>
    /// <param name="code">The family code.</param>
    /// <param name="description">The ERP's description.</param>
    /// <param name="isActive">Whether it is active.</param>
    /// <returns>This builder.</returns>
    public FakeStoreBuilder WithFamily(string code, string description, bool isActive = true)
    {
        server.UpsertFamily(code, description, isActive);
        server.LinkFamily(Code, code);
        return this;
    }

    /// <summary>Adds <paramref name="count"/> families with codes <c>FAM0001</c>, <c>FAM0002</c>, … linked to this store.</summary>
    /// <param name="count">How many.</param>
    /// <returns>This builder.</returns>
    public FakeStoreBuilder WithFamilies(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 1; i <= count; i++)
        {
            WithFamily($"FAM{i:D4}", $"Family {i}");
        }

        return this;
    }

    /// <summary>Creates a price table, links it to this store and makes it the one the next items are priced in.</summary>
    /// <param name="code">The table code.</param>
    /// <param name="tradePolicies">The e-commerce trade policies it serves.</param>
    /// <returns>This builder.</returns>
    public FakeStoreBuilder WithPriceTable(string code, params string[] tradePolicies)
    {
        server.UpsertPriceTable(code, $"Tabela {code}", tradePolicies: tradePolicies);
        server.LinkPriceTable(Code, code);
        priceTable = code;
        return this;
    }

    /// <summary>Links a deposit to this store and makes it the one the next items are stocked in.</summary>
    /// <param name="branchId">The establishment.</param>
    /// <param name="warehouseCode">The depósito.</param>
    /// <returns>This builder.</returns>
    public FakeStoreBuilder WithDeposit(string branchId, string warehouseCode)
    {
        server.LinkDeposit(Code, branchId, warehouseCode);
        deposit = (branchId, warehouseCode);
        return this;
    }

    /// <summary>Creates an item, links it (and its family) to this store, prices and stocks it.</summary>
    /// <param name="item">The item.</param>
    /// <param name="price">Its price in the store's current table.</param>
    /// <param name="stock">Its available balance in the store's current deposit.</param>
    /// <returns>This builder.</returns>
    public FakeStoreBuilder WithItem(FakeItem item, decimal price, decimal stock = 0)
    {
        ArgumentNullException.ThrowIfNull(item);
        server.UpsertItem(item with { ControlledByReference = false });
        LinkFamilyOf(item);
        server.SetPrice(CurrentPriceTable(), item.ItemCode, price);
        var (branchId, warehouseCode) = CurrentDeposit();
        server.SetBalance(item.ItemCode, branchId, warehouseCode, stock);
        server.LinkItem(Code, item.ItemCode);
        return this;
    }

    /// <summary>Creates an item with a code, description and family, then as <see cref="WithItem(FakeItem, decimal, decimal)"/>.</summary>
    /// <param name="itemCode">The item code.</param>
    /// <param name="description">The description.</param>
    /// <param name="price">Its price.</param>
    /// <param name="stock">Its available balance.</param>
    /// <param name="familyCode">Its family, linked to the store too.</param>
    /// <param name="gtin">Its barcode, if any.</param>
    /// <returns>This builder.</returns>
    public FakeStoreBuilder WithItem(string itemCode, string description, decimal price, decimal stock = 0, string? familyCode = null, string? gtin = null) =>
        WithItem(new FakeItem { ItemCode = itemCode, Description = description, FamilyCode = familyCode, Gtin = gtin }, price, stock);

    /// <summary>Creates an item controlled by reference with its references, each priced and stocked, and links it to this store.</summary>
    /// <param name="item">The item (its <see cref="FakeItem.ControlledByReference"/> is set).</param>
    /// <param name="references">Each reference with its description, price and balance.</param>
    /// <returns>This builder.</returns>
    public FakeStoreBuilder WithReferencedItem(FakeItem item, params (string Code, string Description, decimal Price, decimal Stock)[] references)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(references);
        server.UpsertItem(item with { ControlledByReference = true });
        LinkFamilyOf(item);
        var (branchId, warehouseCode) = CurrentDeposit();
        foreach (var (code, description, price, stock) in references)
        {
            server.AddReference(item.ItemCode, code, description);
            server.SetPrice(CurrentPriceTable(), item.ItemCode, price, code);
            server.SetBalance(item.ItemCode, branchId, warehouseCode, stock, code);
        }

        server.LinkItem(Code, item.ItemCode);
        return this;
    }

    /// <summary>
    /// Adds a generated catalog (Bogus, deterministic by <paramref name="seed"/>): families, items with valid
    /// GTIN-13 barcodes, prices and balances, all linked to this store.
    /// </summary>
    /// <param name="itemCount">How many items.</param>
    /// <param name="seed">The seed; the same seed gives the same catalog.</param>
    /// <returns>This builder.</returns>
    public FakeStoreBuilder WithGeneratedCatalog(int itemCount, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        var generator = new FakeCatalogGenerator(seed);
        foreach (var (code, description) in generator.Families())
        {
            WithFamily(code, description);
        }

        foreach (var (item, price, stock) in generator.Items(itemCount))
        {
            WithItem(item, price, stock);
        }

        return this;
    }

    private void LinkFamilyOf(FakeItem item)
    {
        if (item.FamilyCode is { } family)
        {
            server.UpsertFamilyIfMissing(family);
            server.LinkFamily(Code, family);
        }
    }

    // A builder for a store that already has a table or deposit (AddStore called again) keeps using them.
    private string CurrentPriceTable()
    {
        priceTable ??= server.FirstLinkedPriceTable(Code);
        if (priceTable is null)
        {
            WithPriceTable(DefaultPriceTable);
        }

        return priceTable!;
    }

    private (string BranchId, string WarehouseCode) CurrentDeposit()
    {
        deposit ??= server.FirstLinkedDeposit(Code);
        if (deposit is null)
        {
            WithDeposit(DefaultBranchId, DefaultWarehouseCode);
        }

        return deposit!.Value;
    }
}
