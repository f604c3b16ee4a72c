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
        : base(new EcommerceCollection<Customer>(transport, transport.Routes.Customers, static json => json.Customer, static json => json.CustomerPage, CustomerRules.Instance)) =>
        this.transport = transport;

    private string Route => transport.Routes.Customers;

    private JsonTypeInfo<Customer> CustomerType => transport.Resolve(transport.Json.Customer, typeof(Customer));

    /// <summary>
    /// Creates a customer exactly once, on its natural key (the short name, unique in Datasul). The customer is checked
    /// locally first. A success counts only with proof (200/201 and the customer, numbered, with the short name sent);
    /// when the answer is lost, unproven or transient, the SDK looks the customer up by its short name and returns it if
    /// it was created, or sends it again after a pause, up to <see cref="TotvsEcommerceOptions.OrderCreationAttempts"/>
    /// times. A customer that already exists (<c>CUSTOMER_DUPLICATE</c>) is returned as it is only when it is the same
    /// person: the same CPF/CNPJ (or, for a customer sent without one, none and the same name). Another holder of the short
    /// name is a <see cref="TotvsErrorCodes.CustomerKeyCollision"/>, never a success. Calling it again after any failure
    /// is safe.
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the call (the customer may or may not have been created: call again to find out).</param>
    /// <returns>The customer as the ERP holds it, with its <see cref="Customer.CustomerCode"/>.</returns>
    /// <exception cref="TotvsValidationException">A field breaks Datasul's rules; nothing was sent.</exception>
    /// <exception cref="TotvsBusinessRuleException">
    /// The ERP rejected the customer (e.g. <c>INVALID_DOCUMENT</c>), or its short name belongs to another customer
    /// (<see cref="TotvsErrorCodes.CustomerKeyCollision"/>; nothing was created).
    /// </exception>
    /// <exception cref="TotvsApiException">The ERP stayed unreachable; <see cref="TotvsApiException.IsTransient"/> is set and calling again is safe.</exception>
    public virtual async Task<Customer> CreateAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        CustomerValidation.ThrowIfInvalid(customer);
        var body = transport.SerializeForWrite(customer);
        TotvsApiException? lastFailure = null;
        for (var attempt = 1; attempt <= transport.OrderCreationAttempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt - 2))), transport.TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                using var answer = await transport.SendAsync(HttpMethod.Post, Route, null, string.Empty, body, cancellationToken).ConfigureAwait(false);
                if (answer.IsSuccess && Proof(answer, customer) is { } created)
                {
                    return created;
                }

                var error = answer.IsSuccess ? null : ErrorBodyReader.TryRead(answer.Body.Span);
                if (!answer.IsSuccess && error?.Code != CustomerDuplicate)
                {
                    var failure = TotvsExceptionFactory.FromResponse("POST", Route, answer.StatusCode, error);
                    lastFailure = failure.IsTransient ? failure : throw failure;
                }
            }
            catch (TotvsApiException ex) when (ex.IsTransient)
            {
                lastFailure = ex;
            }

            // Unanswered, unproven, transient or a duplicate: the ERP may hold the customer; its short name tells.
            try
            {
                if (await FindAsync(customer.ShortName, cancellationToken).ConfigureAwait(false) is { } found)
                {
                    return IsSamePerson(found, customer) ? found : throw Collision(found, customer);
                }
            }
            catch (TotvsApiException ex) when (ex.IsTransient)
            {
                lastFailure = ex;
            }
        }

        throw new TotvsApiException(
            $"The customer was not confirmed after {transport.OrderCreationAttempts} attempts. Last failure: {lastFailure?.Message} " +
            "Calling CreateAsync again later is safe: it never creates the customer twice.",
            lastFailure?.StatusCode, lastFailure?.Error, true, "POST", Route, lastFailure);
    }

    /// <summary>The code the ERP answers for a short name that is already taken.</summary>
    private const string CustomerDuplicate = "CUSTOMER_DUPLICATE";

    /// <summary>
    /// Whether the customer holding the short name is the one sent: the same CPF/CNPJ, masked or not; for a customer sent
    /// without one (a foreigner), none there either and the same name.
    /// </summary>
    private static bool IsSamePerson(Customer found, Customer sent) =>
        DocumentMask.SameDocument(found.PersonalId, sent.PersonalId)
        && (!string.IsNullOrWhiteSpace(sent.PersonalId)
            || string.Equals(found.CustomerName.Trim(), sent.CustomerName.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The short name is held by another customer: an error naming both documents, masked, and what to do.</summary>
    private TotvsBusinessRuleException Collision(Customer found, Customer sent)
    {
        // Neither the short name nor the customer's name: they are personal data, and the masked documents tell them apart.
        var message =
            $"The short name sent is already held by ERP customer {found.CustomerCode} with {DocumentMask.Describe(found.PersonalId)}, not by the " +
            $"customer sent with {DocumentMask.Describe(sent.PersonalId)}: returning it would file this buyer's orders under another person. " +
            "Nothing was created; give this customer another ShortName (short names are unique in Datasul) and send it again.";
        return new TotvsBusinessRuleException(message, 409, new TotvsError(TotvsErrorCodes.CustomerKeyCollision, message, null, null, []), "POST", Route);
    }

    /// <summary>The created customer, when the answer proves it: 200 or 201, a customer that reads, numbered, with the short name sent.</summary>
    private Customer? Proof(TotvsHttpAnswer answer, Customer sent)
    {
        if (answer.StatusCode is not (200 or 201) || answer.Body.IsEmpty)
        {
            return null;
        }

        try
        {
            var created = TotvsTransport.Read(answer, CustomerType, "POST", Route);
            return created.CustomerCode is not null && string.Equals(created.ShortName, sent.ShortName, StringComparison.Ordinal) && IsSamePerson(created, sent)
                ? created
                : null;
        }
        catch (TotvsApiException)
        {
            return null;
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
