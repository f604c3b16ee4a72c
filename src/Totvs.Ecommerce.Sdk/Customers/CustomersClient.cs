using System.Text.Json.Serialization.Metadata;
using System.Globalization;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>
/// apiCustomerPublic: the store's customers in the ERP. Thread-safe; get it from
/// <see cref="TotvsEcommerceClient.Customers"/>.
/// </summary>
public class CustomersClient : EcommerceCollectionClient<Customer, CustomerListOptions>
{
    private readonly TotvsTransport transport = null!;

    /// <summary>For mocking only: the members of an instance made this way must be overridden.</summary>
    protected CustomersClient()
    {
    }

    internal CustomersClient(TotvsTransport transport)
        : base(new EcommerceCollection<Customer>(transport, transport.Routes.Customers, CustomerRules.Instance)) =>
        this.transport = transport;

    private string Route => transport.Routes.Customers;

    private JsonTypeInfo<Customer> CustomerType => transport.ReadType<Customer>(typeof(Customer));

    /// <summary>
    /// Creates a customer exactly once, on its natural key (the short name, unique in Datasul), by the same rules as
    /// <c>Orders.CreateAsync</c>. The customer is checked locally first. A success counts only with proof (200/201 and the
    /// customer, numbered, with the short name sent); when the answer is lost, unproven or transient, the SDK looks the
    /// customer up by its short name and returns it if it was created, or sends it again after its back-off or the
    /// Retry-After the ERP asked for, up to <see cref="TotvsResilienceOptions.CreationAttempts"/> times. A customer that
    /// already exists (<c>CUSTOMER_DUPLICATE</c>) is returned, with <see cref="CreationOutcome.AlreadyExisted"/>, only when
    /// it is the same person: the same CPF/CNPJ (or, for a customer sent without one, none and the same name). Another
    /// holder of the short name is a <see cref="TotvsErrorCodes.CustomerKeyCollision"/>, never a success. Calling it again
    /// after any failure is safe.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the call (the customer may or may not have been created: call again to find out).</param>
    /// <returns>The customer as the ERP holds it (<see cref="CreationResult{T}.Record"/>, with its <see cref="Customer.CustomerCode"/>), and whether this call created it.</returns>
    /// <exception cref="TotvsValidationException">A field breaks Datasul's rules; nothing was sent.</exception>
    /// <exception cref="TotvsBusinessRuleException">
    /// The ERP rejected the customer (e.g. <c>INVALID_DOCUMENT</c>), or its short name belongs to another customer
    /// (<see cref="TotvsErrorCodes.CustomerKeyCollision"/>; nothing was created).
    /// </exception>
    /// <exception cref="TotvsApiException">The ERP stayed unreachable; <see cref="TotvsApiException.IsTransient"/> is set and calling again is safe.</exception>
    public virtual Task<CreationResult<Customer>> CreateAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        // A bad customer fails the task, as every other failure of the call does (no second async frame for it).
        try
        {
            CustomerValidation.ThrowIfInvalid(customer);
            return new CustomerCreation(transport, this, customer).RunAsync(transport.SerializeForWrite(customer), cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<CreationResult<Customer>>(ex);
        }
    }

    /// <summary>Reads a customer by its ERP code.</summary>
    /// <param name="customerCode">The customer code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer.</returns>
    public virtual Task<Customer> GetAsync(long customerCode, CancellationToken cancellationToken = default) =>
        transport.GetCheckedAsync(Route, TotvsTransport.KeyPath(customerCode.ToString(CultureInfo.InvariantCulture)), string.Empty, CustomerType, CustomerRules.Instance, cancellationToken);

    /// <summary>Finds a customer by its short name.</summary>
    /// <param name="shortName">The short name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer, or <see langword="null"/>.</returns>
    public virtual async Task<Customer?> FindAsync(string shortName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        var page = await ListAsync(new CustomerListOptions { Filter = $"ShortName eq '{shortName.Replace("'", "''", StringComparison.Ordinal)}'", PageSize = 1 }, cancellationToken).ConfigureAwait(false);
        return page.Items.Count > 0 ? page.Items[0] : null;
    }

    /// <summary>
    /// Replaces a customer's data (<c>PUT customerPublic/{customerCode}</c>): the whole record is sent, its
    /// <see cref="Customer.AdditionalFields"/> included; read-only fields are never sent.
    /// </summary>
    /// <param name="customerCode">The customer code.</param>
    /// <param name="customer">The new data.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer as the ERP holds it now.</returns>
    /// <exception cref="TotvsValidationException">A field breaks Datasul's rules; nothing was sent.</exception>
    public virtual Task<Customer> UpdateAsync(long customerCode, Customer customer, CancellationToken cancellationToken = default)
    {
        CustomerValidation.ThrowIfInvalid(customer);
        return SendForCustomerAsync(HttpMethod.Put, customerCode, transport.SerializeForWrite(customer), cancellationToken);
    }

    /// <summary>
    /// Changes some fields of a customer (<c>PATCH customerPublic/{customerCode}</c>): only the fields set on
    /// <paramref name="changes"/> are sent, and the ERP keeps the others.
    /// </summary>
    /// <param name="customerCode">The customer code.</param>
    /// <param name="changes">A new <see cref="Customer"/> with only the fields to change set, e.g. <c>new Customer { Email = "…" }</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer as the ERP holds it now.</returns>
    /// <exception cref="ArgumentException"><paramref name="changes"/> sets no field.</exception>
    public virtual Task<Customer> PatchAsync(long customerCode, Customer changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return SendForCustomerAsync(HttpMethod.Patch, customerCode, MergePatch.Create(changes, transport.WriteType<Customer>()), cancellationToken);
    }

    private async Task<Customer> SendForCustomerAsync(HttpMethod method, long customerCode, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var key = TotvsTransport.KeyPath(customerCode.ToString(CultureInfo.InvariantCulture));
        using var answer = await transport.SendAsync(method, Route, key, string.Empty, body, cancellationToken).ConfigureAwait(false);
        return TotvsTransport.Read(answer, CustomerType, method.Method, TotvsTransport.DescribePath(Route, key));
    }

    /// <summary>Deletes a customer (<c>DELETE customerPublic/{customerCode}</c>); Datasul refuses one that has orders.</summary>
    /// <param name="customerCode">The customer code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the customer is deleted.</returns>
    public virtual async Task DeleteAsync(long customerCode, CancellationToken cancellationToken = default)
    {
        var key = TotvsTransport.KeyPath(customerCode.ToString(CultureInfo.InvariantCulture));
        using var answer = await transport.SendAsync(HttpMethod.Delete, Route, key, string.Empty, null, cancellationToken).ConfigureAwait(false);
        answer.ThrowIfFailed("DELETE", TotvsTransport.DescribePath(Route, key));
    }
}
