namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>An invoice (NF-e) the ERP issued for a store's order (apiInvoicePublic, camelCase).</summary>
// The wire properties are in Invoice.g.cs, generated from docs/schemas by build/generate-wire.sh.
public sealed partial record Invoice;
