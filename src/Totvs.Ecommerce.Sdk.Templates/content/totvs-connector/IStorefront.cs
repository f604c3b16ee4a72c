using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;

namespace TotvsConnector;

/// <summary>
/// The online store's side of the connector (VTEX, a marketplace, your own shop): replace <see cref="LoggingStorefront"/>
/// with an implementation that calls the store's API. The SDK's <c>VtexOrderMapper</c>, <c>VtexInvoiceMapper</c> and
/// <c>VtexCancellationMapper</c> do the mapping for VTEX.
/// </summary>
public interface IStorefront
{
    /// <summary>Publishes a page of catalog records (families, items, prices or stock balances) to the store.</summary>
    Task PublishAsync<T>(string kind, IReadOnlyList<T> records, CancellationToken cancellationToken);

    /// <summary>The ids of orders placed in the store since the last call (the ledger makes each one exactly-once).</summary>
    Task<IReadOnlyList<string>> NewOrderIdsAsync(CancellationToken cancellationToken);

    /// <summary>A store order, mapped to the ERP's order.</summary>
    Task<Order> GetOrderAsync(string storeOrderId, CancellationToken cancellationToken);

    /// <summary>Tells the store an order was invoiced (or its invoice cancelled).</summary>
    Task NotifyInvoiceAsync(Invoice invoice, CancellationToken cancellationToken);
}
