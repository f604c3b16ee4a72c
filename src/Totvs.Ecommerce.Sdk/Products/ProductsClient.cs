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

    private readonly TotvsTransport transport = null!;

    internal ProductsClient(TotvsTransport transport)
        : base(new EcommerceCollection<Product>(transport, transport.Routes.Products, ProductRules.Instance)) =>
        this.transport = transport;

    /// <summary>
    /// Reads an item from the ERP's item register (CD0204), published to a store or not: the raw materials a partner
    /// buys, the products it sells. The route is <see cref="TotvsRouteTable.Items"/> ([inferred]: TOTVS documents no
    /// register route for e-commerce partners; set yours in configuration).
    /// </summary>
    /// <param name="itemCode">The item code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item, or <see langword="null"/> when the register answers that it has no such item (404 NOT_FOUND).</returns>
    /// <exception cref="TotvsApiException">The ERP refused, failed or could not be reached: never read as "not registered".</exception>
    public virtual async Task<Product?> FindInRegisterAsync(ItemCode itemCode, CancellationToken cancellationToken = default)
    {
        if (itemCode.IsEmpty)
        {
            throw new ArgumentException("The item code is empty; pass ItemCode.Parse(\"…\").", nameof(itemCode));
        }

        try
        {
            return await transport.GetCheckedAsync(transport.Routes.Items, TotvsTransport.KeyPath(itemCode.Value), string.Empty,
                transport.ReadType<Product>(typeof(Product)), ProductRules.Instance, cancellationToken).ConfigureAwait(false);
        }
        catch (TotvsApiException notFound) when (notFound.IsNotFound)
        {
            return null;
        }
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
