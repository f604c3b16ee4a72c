using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;

namespace TotvsConnector;

/// <summary>
/// The online store's side of the connector: <see cref="VtexStorefront"/> for VTEX (<c>dotnet new totvs-connector --store
/// vtex</c>), <see cref="FileStorefront"/> for a folder, <see cref="LoggingStorefront"/> to watch; write your own for
/// another store's API.
/// </summary>
public interface IStorefront
{
    /// <summary>Whether the catalog pull also reads the SKUs resource (one SKU per item, or per reference) for this store.</summary>
    bool WantsSkus => false;

    /// <summary>Publishes a page of catalog records (families, items, prices or stock balances) to the store.</summary>
    Task PublishAsync<T>(string kind, IReadOnlyList<T> records, CancellationToken cancellationToken);

    /// <summary>The ids of orders placed in the store since the last call (the ledger makes each one exactly-once).</summary>
    Task<IReadOnlyList<string>> NewOrderIdsAsync(CancellationToken cancellationToken);

    /// <summary>A store order, mapped to the ERP's order.</summary>
    Task<Order> GetOrderAsync(string storeOrderId, CancellationToken cancellationToken);

    /// <summary>Tells the store an order was invoiced (or its invoice cancelled).</summary>
    Task NotifyInvoiceAsync(Invoice invoice, CancellationToken cancellationToken);

    /// <summary>Tells the store the ERP took its order (VTEX: start handling). Called again after a crash: make it harmless twice.</summary>
    Task OrderAcceptedAsync(string storeOrderId, Order erpOrder, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Tells the store an order was cancelled in the ERP.</summary>
    Task NotifyCancellationAsync(Order erpOrder, CancellationToken cancellationToken) => Task.CompletedTask;
}
