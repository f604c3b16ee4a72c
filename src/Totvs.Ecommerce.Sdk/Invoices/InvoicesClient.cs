using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>
/// apiInvoicePublic: the invoices (NF-e) the ERP issued for the store's orders, for the store's invoice
/// notification. Thread-safe; get it from <see cref="TotvsEcommerceClient.Invoices"/>.
/// </summary>
public class InvoicesClient : EcommerceCollectionClient<Invoice, InvoiceListOptions>
{
    private readonly TotvsTransport transport = null!;

    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected InvoicesClient()
    {
    }

    internal InvoicesClient(TotvsTransport transport)
        : base(new EcommerceCollection<Invoice>(transport, transport.Routes.Invoices, InvoiceRules.Instance)) =>
        this.transport = transport;

    /// <summary>Reads one invoice (<c>/{branchId}/{series}/{number}</c>).</summary>
    /// <param name="branchId">The establishment.</param>
    /// <param name="series">The series.</param>
    /// <param name="invoiceNumber">The number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invoice.</returns>
    /// <exception cref="TotvsApiException">Not found (<see cref="TotvsApiException.IsNotFound"/>), refused, or unreachable.</exception>
    public virtual Task<Invoice> GetAsync(string branchId, string series, string invoiceNumber, CancellationToken cancellationToken = default)
    {
        KeyArgument.ThrowIfInvalid(branchId);
        KeyArgument.ThrowIfInvalid(series);
        KeyArgument.ThrowIfInvalid(invoiceNumber);
        return transport.GetCheckedAsync(transport.Routes.Invoices, TotvsTransport.KeyPath(branchId, series, invoiceNumber), string.Empty,
            transport.ReadType<Invoice>(typeof(Invoice)), InvoiceRules.Instance, cancellationToken);
    }
}
