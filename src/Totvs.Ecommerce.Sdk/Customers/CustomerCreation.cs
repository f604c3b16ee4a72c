using System.Text.Json.Serialization.Metadata;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>
/// One customer's exactly-once create: proven by the customer numbered with the short name sent, found by its short name
/// (unique in Datasul), and refused when another person holds that short name.
/// </summary>
internal sealed class CustomerCreation(TotvsTransport transport, CustomersClient customers, Customer customer)
    : CreateOnce<Customer>(transport, transport.Routes.Customers)
{
    /// <summary>The code the ERP answers for a short name that is already taken.</summary>
    internal const string CustomerDuplicate = "CUSTOMER_DUPLICATE";

    // Never the short name nor the name: they are personal data.
    protected override string Subject => "The customer";

    protected override string Noun => "customer";

    protected override string DuplicateCode => CustomerDuplicate;

    protected override JsonTypeInfo<Customer> RecordType => Transport.ReadType<Customer>(typeof(Customer));

    protected override bool IsCreated(Customer created) =>
        created.CustomerCode is not null && string.Equals(created.ShortName, customer.ShortName, StringComparison.Ordinal) && IsSamePerson(created);

    protected override Task<Customer?> FindAsync(CancellationToken cancellationToken) => customers.FindAsync(customer.ShortName, cancellationToken);

    /// <summary>The holder of the short name is returned only when it is the person sent; another one is a key collision.</summary>
    protected override Customer Confirm(Customer found) => IsSamePerson(found) ? found : throw Collision(found);

    /// <summary>
    /// Whether the customer holding the short name is the one sent: the same CPF/CNPJ, masked or not; for a customer sent
    /// without one (a foreigner), none there either and the same name.
    /// </summary>
    private bool IsSamePerson(Customer found) =>
        DocumentMask.SameDocument(found.PersonalId, customer.PersonalId)
        && (!string.IsNullOrWhiteSpace(customer.PersonalId)
            || string.Equals(found.CustomerName.Trim(), customer.CustomerName.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The short name is held by another customer: an error naming both documents, masked, and what to do.</summary>
    private TotvsBusinessRuleException Collision(Customer found)
    {
        // Neither the short name nor the customer's name: they are personal data, and the masked documents tell them apart.
        var message =
            $"The short name sent is already held by ERP customer {found.CustomerCode} with {DocumentMask.Describe(found.PersonalId)}, not by the " +
            $"customer sent with {DocumentMask.Describe(customer.PersonalId)}: returning it would file this buyer's orders under another person. " +
            "Nothing was created; give this customer another ShortName (short names are unique in Datasul) and send it again.";
        return new TotvsBusinessRuleException(message, 409, new TotvsError(TotvsErrorCodes.CustomerKeyCollision, message, null, null, []), "POST", Route);
    }
}
