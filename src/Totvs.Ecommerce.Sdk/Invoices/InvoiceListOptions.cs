namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>What to list of the invoices issued for the store's orders.</summary>
public sealed record InvoiceListOptions : EcommerceListOptions;
