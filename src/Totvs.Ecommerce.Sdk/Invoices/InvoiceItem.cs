namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>An item of an invoice.</summary>
// The wire properties are in InvoiceItem.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record InvoiceItem;
