using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.PriceItems;

/// <summary>
/// priceItemPublic: the prices of the items in the price tables linked to a store. Thread-safe; get it
/// from <see cref="TotvsEcommerceClient.PriceItems"/>.
/// </summary>
public class PriceItemsClient : EcommerceCollectionClient<PriceItem, PriceItemListOptions>
{
    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected PriceItemsClient()
    {
    }

    internal PriceItemsClient(TotvsTransport transport)
        : base(new EcommerceCollection<PriceItem>(transport, transport.Routes.PriceItems, PriceItemRules.Instance))
    {
    }
}
