namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// Reads a field's <see cref="FieldKind"/> from its name (any case; the published schemas' names, the SDK's extension,
/// OAuth2's and common API parameters). When a name could be personal it is: a recording too clean is a small loss.
/// </summary>
internal static class FieldKinds
{
    private static readonly HashSet<string> Codes =
    [
        "itemcode", "referencecode", "skuid", "skucode", "rootcode", "productcode", "gtin", "ean", "ean13", "barcode",
        "accesskey", "invoicekey", "nfekey", "electronicinvoicekey", "orderid", "customerorderid", "ecommerceorderid",
        "customercode", "storecode", "pricetable", "categoryparentcode", "warehousecode", "branchid", "grant_type",
        "client_id", "scope", "lastupdate", "fields", "order", "page", "pagesize",
    ];

    private static readonly HashSet<string> Secrets =
    [
        "password", "pass", "pwd", "senha", "secret", "client_secret", "clientsecret", "access_token", "accesstoken",
        "refresh_token", "refreshtoken", "id_token", "token", "api_key", "apikey", "assertion",
        "client_assertion", "authorization", "auth", "signature", "credential", "credentials",
    ];

    private static readonly HashSet<string> Documents =
    [
        "personalid", "billingpersonalid", "ecommercecustomerpersonalid", "cpf", "cnpj", "cpfcnpj", "cpf_cnpj", "document",
        "documentnumber", "federalid", "taxid", "corporatedocument",
    ];

    private static readonly HashSet<string> Registrations =
    [
        "stateregistration", "municipalregistration", "registrationinss", "rg", "ie", "stateinscription",
    ];

    private static readonly HashSet<string> NamesKept = ["carriername", "filename", "hostname", "typename"];

    /// <summary>Parameter names that are secrets in a query or a form (OAuth2's authorization code, an API key) but not in a JSON body, where <c>code</c> is an error's.</summary>
    private static readonly HashSet<string> ParameterSecrets = ["code", "key", "sig"];

    /// <summary>The kind of the field named <paramref name="name"/>; <see cref="FieldKind.Unknown"/> for none or an unknown name.</summary>
    /// <param name="name">The property or parameter name.</param>
    /// <param name="parameter">Whether it names a query or form parameter rather than a JSON property.</param>
    public static FieldKind Of(string? name, bool parameter = false)
    {
        if (string.IsNullOrEmpty(name))
        {
            return FieldKind.Unknown;
        }

        var n = name.ToLowerInvariant();
        if (parameter && ParameterSecrets.Contains(n))
        {
            return FieldKind.Secret;
        }

        if (Codes.Contains(n))
        {
            return FieldKind.Code;
        }

        if (Secrets.Contains(n) || n.EndsWith("password", StringComparison.Ordinal) || n.EndsWith("secret", StringComparison.Ordinal)
            || n.EndsWith("token", StringComparison.Ordinal) || n.EndsWith("apikey", StringComparison.Ordinal) || n.EndsWith("api_key", StringComparison.Ordinal))
        {
            return FieldKind.Secret;
        }

        if (Documents.Contains(n))
        {
            return FieldKind.Document;
        }

        if (Registrations.Contains(n))
        {
            return FieldKind.Registration;
        }

        if (n.Contains("email", StringComparison.Ordinal))
        {
            return FieldKind.Email;
        }

        if (n.Contains("phone", StringComparison.Ordinal) || n.Contains("fax", StringComparison.Ordinal) || n == "telex"
            || n.Contains("mobile", StringComparison.Ordinal) || n.Contains("celular", StringComparison.Ordinal) || n.Contains("whatsapp", StringComparison.Ordinal))
        {
            return FieldKind.Phone;
        }

        if (n.Contains("zipcode", StringComparison.Ordinal) || n == "cep" || n.Contains("postalcode", StringComparison.Ordinal))
        {
            return FieldKind.ZipCode;
        }

        if (n.Contains("birth", StringComparison.Ordinal))
        {
            return FieldKind.BirthDate;
        }

        if (n is "username" or "user" or "login" or "usuario" or "forcedapprover" || n.StartsWith("user", StringComparison.Ordinal)
            || n.EndsWith("user", StringComparison.Ordinal))
        {
            return FieldKind.User;
        }

        if (n.EndsWith("shortname", StringComparison.Ordinal) || n == "shortreprname")
        {
            return FieldKind.ShortName;
        }

        if (n.EndsWith("name", StringComparison.Ordinal) && !NamesKept.Contains(n))
        {
            return FieldKind.Name;
        }

        if (n.Contains("address", StringComparison.Ordinal) || n.Contains("street", StringComparison.Ordinal) || n.Contains("neighborhood", StringComparison.Ordinal)
            || n.Contains("district", StringComparison.Ordinal) || n.Contains("bairro", StringComparison.Ordinal) || n.Contains("complement", StringComparison.Ordinal)
            || n is "mailbox" or "deliveryplace" or "logradouro")
        {
            return FieldKind.Address;
        }

        if (n.Contains("comment", StringComparison.Ordinal) || n.Contains("observ", StringComparison.Ordinal) || n.Contains("note", StringComparison.Ordinal)
            || n.Contains("remark", StringComparison.Ordinal) || n.EndsWith("reason", StringComparison.Ordinal) || n is "fieldvalue" or "desccancel" or "descdevol")
        {
            return FieldKind.FreeText;
        }

        return FieldKind.Unknown;
    }

    /// <summary>
    /// The kind of a field inside an address object (an order's delivery address): everything but the city, state,
    /// country and IBGE code is part of the address.
    /// </summary>
    public static FieldKind InAddress(string name)
    {
        var kind = Of(name);
        if (kind != FieldKind.Unknown && kind != FieldKind.Code)
        {
            return kind;
        }

        var n = name.ToLowerInvariant();
        return n.Contains("city", StringComparison.Ordinal) || n.Contains("state", StringComparison.Ordinal) || n.Contains("country", StringComparison.Ordinal)
            || n.Contains("ibge", StringComparison.Ordinal) || n is "uf" or "type"
            ? FieldKind.Unknown
            : FieldKind.Address;
    }
}
