namespace Totvs.Ecommerce.Sdk.Customers;

/// <summary>
/// How Datasul collects a customer's receivables (modalidade, <c>Modality</c>, 1–9 in the wire contract). The ERP
/// keeps the number; a number the SDK does not name still reads as itself.
/// </summary>
public enum CollectionModality
{
    /// <summary>1 Cobrança Simples: the bank collects (boleto); the default of the fake's customer groups.</summary>
    SimpleCollection = 1,

    /// <summary>2 Desconto: discounted with a bank.</summary>
    Discount = 2,

    /// <summary>3 Caução: pledged as collateral.</summary>
    Collateral = 3,

    /// <summary>4 Judicial: in court collection.</summary>
    Judicial = 4,

    /// <summary>5 Representante: collected by the representative.</summary>
    Representative = 5,

    /// <summary>6 Carteira: collected by the company itself.</summary>
    Portfolio = 6,

    /// <summary>7 Vendor.</summary>
    Vendor = 7,

    /// <summary>8 Cheque.</summary>
    Cheque = 8,

    /// <summary>9 Nota Promissória.</summary>
    PromissoryNote = 9,
}
