using Totvs.Ecommerce.Sdk.Families;
using Totvs.Ecommerce.Sdk.Products;
using Totvs.Ecommerce.Sdk.RootSkus;
using Totvs.Ecommerce.Sdk.Skus;

namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>
/// Hands a connector the deactivations of an incremental pull. When an item or family is deactivated, or unlinked from
/// the store, Datasul publishes it again with <c>isActive=false</c> and a newer <c>lastUpdate</c>: the store must
/// unpublish it, not upsert it as if it were for sale.
/// </summary>
public static class CatalogChanges
{
    /// <summary>Splits a page of families, products, SKUs or root SKUs by <c>isActive</c> (absent counts as active).</summary>
    /// <typeparam name="T">The record type; any other type comes back whole as upserts.</typeparam>
    /// <param name="page">The page, as <see cref="IncrementalPull"/> hands it over.</param>
    /// <returns>The upserts and the deactivations, each in the page's order.</returns>
    public static CatalogChangeSet<T> Split<T>(IReadOnlyList<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var upserts = new List<T>(page.Count);
        var deactivations = new List<T>();
        foreach (var record in page)
        {
            (IsActive(record) ? upserts : deactivations).Add(record);
        }

        return new CatalogChangeSet<T>(upserts, deactivations);
    }

    private static bool IsActive<T>(T record) => record switch
    {
        Family family => family.IsActive != false,
        Product product => product.IsActive != false,
        Sku sku => sku.IsActive != false,
        RootSku root => root.IsActive != false,
        _ => true,
    };
}
