namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>Whether an invoice is a sale (output) or an entry such as a purchase or return (input).</summary>
public enum InvoiceDirection
{
    /// <summary><c>output</c>: a sale.</summary>
    Output = 0,

    /// <summary><c>input</c>: an entry (purchase, return).</summary>
    Input = 1,
}
