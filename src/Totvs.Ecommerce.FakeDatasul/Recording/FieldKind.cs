namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// What a JSON property, a query or form parameter, or a <c>$filter</c> field holds, read from its name: what the
/// <see cref="Sanitizer"/> replaces it with. A name it does not know is <see cref="Unknown"/>: its value is still
/// scrubbed by shape (documents, e-mails, phones, tokens) and by memory (values scrubbed elsewhere).
/// </summary>
internal enum FieldKind
{
    /// <summary>No rule for the name: scrubbed by shape and by memory only.</summary>
    Unknown,

    /// <summary>A code the ERP's relations hang on (item, reference, GTIN, NF-e key, order id): kept as it is.</summary>
    Code,

    /// <summary>A password, client secret, token or key: <c>scrubbed-secret-N</c>.</summary>
    Secret,

    /// <summary>A CPF or CNPJ field: a fake document (valid check digits) in the same form.</summary>
    Document,

    /// <summary>A state or municipal registration, an RG: its digits replaced.</summary>
    Registration,

    /// <summary>A person's or company's name: <c>Pessoa N</c>.</summary>
    Name,

    /// <summary>A short name (nome abreviado): <c>CLI00000N</c>, or a fake document when it is one.</summary>
    ShortName,

    /// <summary>An ERP user's login (who approved, cancelled, changed): <c>usuario-N</c>.</summary>
    User,

    /// <summary>An e-mail: <c>pessoaN@example.com</c>.</summary>
    Email,

    /// <summary>A street, number, complement, neighbourhood, mailbox: <c>Rua Exemplo, N</c>.</summary>
    Address,

    /// <summary>A phone or fax: <c>(11) 3000-NNNN</c>.</summary>
    Phone,

    /// <summary>A CEP: <c>01NNN-000</c>.</summary>
    ZipCode,

    /// <summary>A birth date: 1 January 1990 in the same format.</summary>
    BirthDate,

    /// <summary>Text a person typed (comments, observations, reasons, custom field values): <c>scrubbed-text-N</c> whole.</summary>
    FreeText,
}
