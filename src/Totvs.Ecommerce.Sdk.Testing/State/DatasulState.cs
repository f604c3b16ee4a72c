using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Fiscal;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.StockAllocation;

namespace Totvs.Ecommerce.Sdk.Testing.State;

/// <summary>
/// Everything the fake ERP holds. One lock guards it all: the fake favours obvious correctness over
/// throughput, and each request holds the lock only while it reads or writes records.
/// </summary>
internal sealed class DatasulState(TimeProvider timeProvider)
{
    public object Sync { get; } = new();

    public SortedDictionary<string, StoreRecord> Stores { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, FamilyRecord> Families { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, ItemRecord> Items { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, RootRecord> Roots { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, PriceTableRecord> PriceTables { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, BalanceRecord> Balances { get; } = new(StringComparer.Ordinal);

    /// <summary>The e-commerce parameter of CD0101.</summary>
    public bool IntegrationEnabled { get; set; } = true;

    /// <summary>The company's stock allocation settings.</summary>
    public StockAllocationConfiguration StockAllocation { get; set; } = new(StockAllocationMode.AutomaticPhysical);

    /// <summary>ERP carriers (code, short name) by their "ID E-commerce" (CD0402).</summary>
    public Dictionary<string, (int Code, string ShortName)> Carriers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Representatives' short names (marketplaces are registered as representatives).</summary>
    public HashSet<string> Representatives { get; } = new(StringComparer.OrdinalIgnoreCase) { "ECOMMERCE" };

    /// <summary>The automatic suggestion's natureza rules.</summary>
    public List<NaturezaSuggestionRule> NaturezaRules { get; } = [];

    /// <summary>The company's CNPJ, issuer of its invoices.</summary>
    public Cnpj CompanyCnpj { get; set; } = Cnpj.Parse("11222333000181");

    public SortedDictionary<long, OrderRecord> Orders { get; } = [];

    /// <summary>Order numbers by their natural key (customer short name, customer order number), kept with <see cref="Orders"/>.</summary>
    public Dictionary<(string ShortName, string CustomerOrderId), long> OrdersByNaturalKey { get; } = [];

    /// <summary>Customer codes by document, kept with <see cref="Customers"/>.</summary>
    public Dictionary<string, long> CustomersByDocument { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<long, CustomerRecord> Customers { get; } = [];

    public SortedDictionary<string, InvoiceRecord> Invoices { get; } = new(StringComparer.Ordinal);

    public long NextOrderId { get; set; } = 1001;

    /// <summary>Purchase orders (pedidos de compra), by number.</summary>
    public SortedDictionary<long, PurchaseOrderRecord> PurchaseOrders { get; } = [];

    public long NextPurchaseOrderNumber { get; set; } = 190001;

    public long NextPurchaseOrderLineNumber { get; set; } = 285001;

    public long NextCustomerCode { get; set; } = 5001;

    public int NextInvoiceNumber { get; set; } = 1;

    /// <summary>The company's catalog mode: reference or Root/SKU, never both.</summary>
    public CatalogMode CatalogMode { get; set; } = CatalogMode.Reference;

    /// <summary>The ERP's clock, as an instant; changes are stamped with it.</summary>
    public Instant Now => Instant.FromDateTimeOffset(timeProvider.GetUtcNow());

    /// <summary>Stores an order and indexes it by its natural key.</summary>
    public void SaveOrder(OrderRecord order)
    {
        Orders[order.OrderId] = order;
        OrdersByNaturalKey[(order.ShortName, order.CustomerOrderId)] = order.OrderId;
    }

    /// <summary>Stores a customer and indexes it by its document.</summary>
    public void SaveCustomer(CustomerRecord customer)
    {
        RemoveCustomer(customer.CustomerCode);
        Customers[customer.CustomerCode] = customer;
        if (CpfOrCnpj.TryParse(customer.PersonalId, out var document))
        {
            CustomersByDocument[document.Value] = customer.CustomerCode;
        }
    }

    /// <summary>Removes a customer and its document index.</summary>
    public void RemoveCustomer(long customerCode)
    {
        if (Customers.Remove(customerCode, out var removed) && CpfOrCnpj.TryParse(removed.PersonalId, out var document))
        {
            CustomersByDocument.Remove(document.Value);
        }
    }

    /// <summary>Whether any store links the item (CD0205 then forbids changing its code or unit).</summary>
    public bool IsLinkedAnywhere(string itemCode) => Stores.Values.Any(store => store.ItemCodes.Contains(itemCode));

    /// <summary>Whether a price table linked to the store prices the item (for any of its references).</summary>
    public bool HasPriceInStore(StoreRecord store, string itemCode) =>
        store.PriceTableCodes.Any(table => PriceTables.TryGetValue(table, out var record)
            && record.Prices.Values.Any(price => price.ItemCode.Value == itemCode));

    /// <summary>The items Datasul publishes to the store, in code order (domain rule: linked and priced).</summary>
    public IEnumerable<ItemRecord> PublishedItems(StoreRecord store)
    {
        var priced = new HashSet<string>(StringComparer.Ordinal);
        // (an iterator: evaluated under the caller's lock, like every read of the state)
        foreach (var table in store.PriceTableCodes)
        {
            if (PriceTables.TryGetValue(table, out var record))
            {
                foreach (var price in record.Prices.Values)
                {
                    priced.Add(price.ItemCode.Value);
                }
            }
        }

        // What the store once had and lost (an unlinked item, or an item of an unlinked family) comes as inactive, stamped
        // with the time it was lost, so the next incremental sync unpublishes it instead of never hearing of it again.
        foreach (var item in Items.Values)
        {
            var linked = store.ItemCodes.Contains(item.Code.Value);
            var familyPublished = item.FamilyCode is null || store.FamilyCodes.Contains(item.FamilyCode);
            if (CatalogRules.IsItemPublished(linked, priced.Contains(item.Code.Value), familyPublished))
            {
                yield return item;
            }
            else if (store.UnlinkedItems.TryGetValue(item.Code.Value, out var unlinkedAt)
                || (linked && item.FamilyCode is not null && store.UnlinkedFamilies.TryGetValue(item.FamilyCode, out unlinkedAt)))
            {
                yield return item with { IsActive = false, LastUpdate = unlinkedAt > item.LastUpdate ? unlinkedAt : item.LastUpdate };
            }
        }
    }

    public StoreRecord GetOrAddStore(string code)
    {
        if (!Stores.TryGetValue(code, out var store))
        {
            store = new StoreRecord(code);
            Stores.Add(code, store);
        }

        return store;
    }
}
