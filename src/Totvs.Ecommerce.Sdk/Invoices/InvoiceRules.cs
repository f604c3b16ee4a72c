using Totvs.Ecommerce.Sdk.Http;

namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>What the SDK checks on each invoice it receives.</summary>
internal static class InvoiceRules
{
    public static RecordRules<Invoice> Instance { get; } = new(
        invoice => $"{invoice.BranchId}/{invoice.Series}/{invoice.InvoiceNumber}",
        (invoice, check) =>
        {
            check.Required("branchId", !string.IsNullOrWhiteSpace(invoice.BranchId));
            check.Required("series", !string.IsNullOrWhiteSpace(invoice.Series));
            check.Required("invoiceNumber", !string.IsNullOrWhiteSpace(invoice.InvoiceNumber));
            check.Required("accessKey", !invoice.AccessKey.IsEmpty);
        });
}
