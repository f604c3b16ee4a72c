using NodaTime;

namespace Totvs.Ecommerce.Sdk.Domain.Catalog;

/// <summary>
/// The ERP's rules about what it publishes to the store (domain rules §2). The client checks the records it
/// receives with them; the fake server refuses to hold data that breaks them.
/// </summary>
public static class CatalogRules
{
    /// <summary>
    /// Datasul publishes an item to a store only when the item is linked to the store and has a price in a
    /// price table linked to the store.
    /// </summary>
    /// <param name="isLinkedToStore">Whether the item is among the store's items.</param>
    /// <param name="hasPriceInStoreTable">Whether a price table linked to the store prices the item.</param>
    /// <returns>Whether the item is published.</returns>
    public static bool IsItemPublished(bool isLinkedToStore, bool hasPriceInStoreTable) => isLinkedToStore && hasPriceInStoreTable;

    /// <summary>
    /// Whether an item is published to a store: linked to it, priced in one of its tables, and under a family the store
    /// publishes (PD0623 picks the store's items under their categories; an item outside them is not published).
    /// </summary>
    /// <param name="isLinkedToStore">Whether the item is among the store's items.</param>
    /// <param name="hasPriceInStoreTable">Whether a price table linked to the store prices the item.</param>
    /// <param name="isFamilyPublished">Whether the item's family (category) is linked to the store.</param>
    /// <returns>Whether the item is published.</returns>
    public static bool IsItemPublished(bool isLinkedToStore, bool hasPriceInStoreTable, bool isFamilyPublished) =>
        IsItemPublished(isLinkedToStore, hasPriceInStoreTable) && isFamilyPublished;

    /// <summary>
    /// The stock published to a store is the available balance of the deposits linked to the store, for
    /// items linked to the store; nothing else.
    /// </summary>
    /// <param name="isItemLinkedToStore">Whether the balance's item is linked to the store.</param>
    /// <param name="isDepositLinkedToStore">Whether the balance's deposit is linked to the store.</param>
    /// <returns>Whether the balance is published.</returns>
    public static bool IsBalancePublished(bool isItemLinkedToStore, bool isDepositLinkedToStore) => isItemLinkedToStore && isDepositLinkedToStore;

    /// <summary>A published price is the FOB price of a price table linked to the store: it must be above zero.</summary>
    /// <param name="price">The price.</param>
    /// <returns>The problem, or <see langword="null"/> when the price is valid.</returns>
    public static RecordProblem? CheckPrice(decimal price) => price > 0
        ? null
        : new RecordProblem("price", $"price {price} must be greater than zero; Datasul publishes only items priced in a table linked to the store.");

    /// <summary>An available balance cannot be negative.</summary>
    /// <param name="quantity">The available quantity.</param>
    /// <returns>The problem, or <see langword="null"/> when the quantity is valid.</returns>
    public static RecordProblem? CheckAvailableQuantity(decimal quantity) => quantity >= 0
        ? null
        : new RecordProblem("availableQuantity", $"availableQuantity {quantity} is negative; a deposit's available balance is zero or more.");

    /// <summary>Weights and dimensions are optional, and never negative.</summary>
    /// <param name="field">The wire name of the measure.</param>
    /// <param name="value">The measure.</param>
    /// <returns>The problem, or <see langword="null"/> when the measure is absent or valid.</returns>
    public static RecordProblem? CheckMeasure(string field, decimal? value) => value is null or >= 0
        ? null
        : new RecordProblem(field, $"{field} {value} is negative.");

    /// <summary>A price table's validity ends on or after it starts.</summary>
    /// <param name="validFrom">First day of validity.</param>
    /// <param name="validTo">Last day of validity, if any.</param>
    /// <returns>The problem, or <see langword="null"/> when the period is valid.</returns>
    public static RecordProblem? CheckValidity(LocalDate validFrom, LocalDate? validTo) => validTo is null || validTo >= validFrom
        ? null
        : new RecordProblem("validTo", $"validTo {validTo:uuuu-MM-dd} is before validFrom {validFrom:uuuu-MM-dd}.");

    /// <summary>
    /// An item controlled by reference can be linked to the store only once its references are linked
    /// (CD1506), unless the company uses Root/SKU grids instead (57422).
    /// </summary>
    /// <param name="item">The item code.</param>
    /// <param name="stockControl">How the item's stock is controlled.</param>
    /// <param name="linkedReferences">How many references the item has linked.</param>
    /// <param name="mode">The company's catalog mode.</param>
    /// <returns>The rejection, or <see langword="null"/> when the item can be linked.</returns>
    public static Rejection? CheckItemCanBeLinked(ItemCode item, StockControl stockControl, int linkedReferences, CatalogMode mode) =>
        mode == CatalogMode.Reference && stockControl == StockControl.Reference && linkedReferences == 0
            ? new Rejection(
                TotvsErrorCodes.ItemReferenceMissing,
                $"Item {item} is controlled by reference but has no reference linked; link its references in CD1506 before linking it to the store.",
                "referenceCode")
            : null;

    /// <summary>
    /// An item linked to the store must not change its code or unit of measure (CD0205): the store's link
    /// would be lost.
    /// </summary>
    /// <param name="current">The item's code now.</param>
    /// <param name="currentUnit">The item's unit now.</param>
    /// <param name="proposed">The code after the change.</param>
    /// <param name="proposedUnit">The unit after the change.</param>
    /// <returns>The rejection, or <see langword="null"/> when the change keeps code and unit.</returns>
    public static Rejection? CheckLinkedItemChange(ItemCode current, UnitOfMeasure currentUnit, ItemCode proposed, UnitOfMeasure proposedUnit)
    {
        if (current != proposed)
        {
            return new Rejection("LINKED_ITEM_CODE_CHANGE",
                $"Item {current} is linked to an e-commerce store and cannot become {proposed}; unlink it first or create a new item.", "itemCode");
        }

        return currentUnit != proposedUnit
            ? new Rejection("LINKED_ITEM_UNIT_CHANGE",
                $"Item {current} is linked to an e-commerce store and cannot change its unit from {currentUnit} to {proposedUnit}; unlink it first.", "unitOfMeasure")
            : null;
    }
}
