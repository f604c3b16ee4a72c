using System.Text.Json.Serialization.Metadata;
using System.Globalization;
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
        : base(new EcommerceCollection<Customer>(transport, transport.Routes.Customers, static json => json.Customer, static json => json.CustomerPage, CustomerRules.Instance)) =>
        this.transport = transport;

    private string Route => transport.Routes.Customers;

    private JsonTypeInfo<Customer> CustomerType => transport.Resolve(transport.Json.Customer, typeof(Customer));

    /// <summary>
    /// Creates a customer. The customer is checked locally first. A POST is never repeated blindly: after a
    /// lost answer the SDK looks the customer up by its short name and returns it if it was created.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer as the ERP holds it, with its <see cref="Customer.CustomerCode"/>.</returns>
    /// <exception cref="TotvsValidationException">A field breaks Datasul's rules; nothing was sent.</exception>
    /// <exception cref="TotvsBusinessRuleException">The ERP rejected the customer (e.g. <c>INVALID_DOCUMENT</c>).</exception>
    public virtual async Task<Customer> CreateAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        CustomerValidation.ThrowIfInvalid(customer);
        try
        {
            using var answer = await transport.SendAsync(HttpMethod.Post, Route, null, string.Empty, transport.SerializeForWrite(customer), cancellationToken);
            return TotvsTransport.Read(answer, CustomerType, "POST", Route);
        }
        catch (TotvsApiException ex) when (ex.IsTransient)
        {
            return await FindAsync(customer.ShortName, cancellationToken) ?? throw new TotvsApiException(
                $"Customer '{customer.ShortName}' was not created ({ex.Message}) and is not in the ERP; calling CreateAsync again is safe.",
                ex.StatusCode, ex.Error, true, "POST", Route, ex);
        }
    }

    /// <summary>Reads a customer by its ERP code.</summary>
    /// <param name="customerCode">The customer code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer.</returns>
    public virtual Task<Customer> GetAsync(long customerCode, CancellationToken cancellationToken = default) =>
        transport.GetAsync(Route, TotvsTransport.KeyPath(customerCode.ToString(CultureInfo.InvariantCulture)), string.Empty, CustomerType, cancellationToken);

    /// <summary>Finds a customer by its short name.</summary>
    /// <param name="shortName">The short name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer, or <see langword="null"/>.</returns>
    public virtual async Task<Customer?> FindAsync(string shortName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        var page = await ListAsync(new CustomerListOptions { Filter = $"ShortName eq '{shortName.Replace("'", "''", StringComparison.Ordinal)}'", PageSize = 1 }, cancellationToken);
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
        using var answer = await transport.SendAsync(method, Route, key, string.Empty, body, cancellationToken);
        return TotvsTransport.Read(answer, CustomerType, method.Method, TotvsTransport.DescribePath(Route, key));
    }

    /// <summary>Deletes a customer (<c>DELETE customerPublic/{customerCode}</c>); Datasul refuses one that has orders.</summary>
    /// <param name="customerCode">The customer code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the customer is deleted.</returns>
    public virtual async Task DeleteAsync(long customerCode, CancellationToken cancellationToken = default)
    {
        var key = TotvsTransport.KeyPath(customerCode.ToString(CultureInfo.InvariantCulture));
        using var answer = await transport.SendAsync(HttpMethod.Delete, Route, key, string.Empty, null, cancellationToken);
        answer.ThrowIfFailed("DELETE", TotvsTransport.DescribePath(Route, key));
    }
}
