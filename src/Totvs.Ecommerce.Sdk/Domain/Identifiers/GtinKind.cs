namespace Totvs.Ecommerce.Sdk.Domain.Identifiers;

/// <summary>The GTIN family a code belongs to, by its length.</summary>
public enum GtinKind
{
    /// <summary>8 digits (EAN-8).</summary>
    Gtin8 = 8,

    /// <summary>12 digits (UPC-A).</summary>
    Gtin12 = 12,

    /// <summary>13 digits (EAN-13, the usual Brazilian barcode).</summary>
    Gtin13 = 13,

    /// <summary>14 digits (logistic units, DUN-14).</summary>
    Gtin14 = 14,
}
