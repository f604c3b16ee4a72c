using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>What the SDK checks on each customer it receives.</summary>
internal static class CustomerRules
{
    public static RecordRules<Customer> Instance { get; } = new(
        customer => string.IsNullOrEmpty(customer.ShortName) ? null : customer.ShortName,
        (customer, check) => check.Required("ShortName", !string.IsNullOrWhiteSpace(customer.ShortName)));
}
