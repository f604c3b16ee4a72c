namespace Totvs.Ecommerce.Sdk.Invoices;

/// <summary>The SEFAZ status of an NF-e.</summary>
public enum InvoiceStatus
{
    /// <summary><c>authorized</c>.</summary>
    Authorized = 0,

    /// <summary><c>cancelled</c>.</summary>
    Cancelled = 1,
}
