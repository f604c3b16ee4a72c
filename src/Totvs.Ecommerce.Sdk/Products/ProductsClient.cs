using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Products;

/// <summary>
/// apiProductPublic: the items Datasul publishes to a store (linked to it and priced in one of its
/// tables). Thread-safe; get it from <see cref="TotvsEcommerceClient.Products"/>.
/// </summary>
public class ProductsClient : EcommerceCollectionClient<Product, ProductListOptions>
{
    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected ProductsClient()
    {
    }

    internal ProductsClient(TotvsTransport transport)
        : base(new EcommerceCollection<Product>(transport, transport.Routes.Products, ProductRules.Instance))
    {
    }

    /// <summary>Reads one item by its code.</summary>
    /// <param name="itemCode">The item code.</param>
    /// <param name="storeCode">The store, or <see langword="null"/> for Datasul's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item.</returns>
    /// <exception cref="TotvsApiException">Not found (<see cref="TotvsApiException.IsNotFound"/>), refused, or unreachable.</exception>
    public virtual Task<Product> GetAsync(ItemCode itemCode, string? storeCode = null, CancellationToken cancellationToken = default)
    {
        if (itemCode.IsEmpty)
        {
            throw new ArgumentException("The item code is empty; pass ItemCode.Parse(\"…\").", nameof(itemCode));
        }

        return GetByKeyAsync(itemCode.Value, storeCode, cancellationToken);
    }
}
