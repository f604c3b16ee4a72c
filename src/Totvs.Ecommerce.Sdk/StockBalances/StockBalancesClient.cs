using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.StockBalances;

/// <summary>
/// stockBalancePublic: the available balances of the items linked to a store in the deposits linked to
/// it. Thread-safe; get it from <see cref="TotvsEcommerceClient.StockBalances"/>.
/// </summary>
public class StockBalancesClient : EcommerceCollectionClient<StockBalance, StockBalanceListOptions>
{
    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected StockBalancesClient()
    {
    }

    internal StockBalancesClient(TotvsTransport transport)
        : base(new EcommerceCollection<StockBalance>(transport, transport.Routes.StockBalances, StockBalanceRules.Instance))
    {
    }
}
