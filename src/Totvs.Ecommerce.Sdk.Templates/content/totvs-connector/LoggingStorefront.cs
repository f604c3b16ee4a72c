using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Invoices;
using Totvs.Ecommerce.Sdk.Orders;

namespace TotvsConnector;

/// <summary>
/// A stand-in store that logs what it receives. Against the fake Datasul it also places one sample order, so a first run
/// shows the whole loop. Replace it with your store's API (see <see cref="IStorefront"/>).
/// </summary>
public sealed partial class LoggingStorefront(ILogger<LoggingStorefront> logger, Microsoft.Extensions.Options.IOptions<ConnectorOptions> options) : IStorefront
{
    private int samplePlaced;

    public Task PublishAsync<T>(string kind, IReadOnlyList<T> records, CancellationToken cancellationToken)
    {
        LogPublished(logger, records.Count, kind);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> NewOrderIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(options.Value.UseFakeDatasul && Interlocked.Exchange(ref samplePlaced, 1) == 0 ? ["S-0001"] : []);

    public Task<Order> GetOrderAsync(string storeOrderId, CancellationToken cancellationToken) => Task.FromResult(new Order
    {
        CustomerOrderId = storeOrderId,
        ShortName = "14538220620",
        EcommerceCustomerPersonalId = CpfOrCnpj.Parse("145.382.206-20"),
        EmissionDate = new LocalDate(2026, 3, 1),
        ImplantationDate = new LocalDate(2026, 3, 1),
        EcommerceDeliveryAddress = new OrderDeliveryAddress { State = Uf.Parse("SP") },
        EcommerceStoreCode = options.Value.StoreCode,
        EcommerceOrderId = storeOrderId,
        PaymentMethod = new OrderPaymentMethod { Type = PaymentMethodType.CreditCard, Code = "CARTAO", Installments = 1 },
        OrderItems = [new OrderItem { ItemCode = Totvs.Ecommerce.Sdk.Domain.Catalog.ItemCode.Parse("FUR-001"), OriginalPrice = 399.90m, QuantityBilling = 1 }],
    });

    public Task NotifyInvoiceAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        LogInvoice(logger, invoice.InvoiceNumber, invoice.OrderId);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store: published {Count} {Kind}")]
    private static partial void LogPublished(ILogger logger, int count, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store: order {OrderId} invoiced with NF-e {InvoiceNumber}")]
    private static partial void LogInvoice(ILogger logger, string invoiceNumber, long? orderId);
}
