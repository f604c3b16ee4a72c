using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.PriceTables;

/// <summary>
/// priceTablePublic: the price tables linked to a store and their trade policies. Thread-safe; get it
/// from <see cref="TotvsEcommerceClient.PriceTables"/>.
/// </summary>
public class PriceTablesClient : EcommerceCollectionClient<PriceTable, PriceTableListOptions>
{
    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected PriceTablesClient()
    {
    }

    internal PriceTablesClient(TotvsTransport transport)
        : base(new EcommerceCollection<PriceTable>(transport, transport.Routes.PriceTables, PriceTableRules.Instance))
    {
    }
}
