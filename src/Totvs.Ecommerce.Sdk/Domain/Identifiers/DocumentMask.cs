namespace Totvs.Ecommerce.Sdk.Domain.Identifiers;

/// <summary>
/// A CPF or CNPJ as it may appear in an error or a log: the middle digits only, as Brazil's public portals show a CPF
/// (<c>***.456.789-**</c>), enough for an operator to tell two documents apart and not enough to identify a person.
/// </summary>
internal static class DocumentMask
{
    /// <summary>The document kind and its masked form, e.g. <c>CPF ***.456.789-**</c>; <c>no CPF/CNPJ</c> when there is none.</summary>
    public static string Describe(string? document)
    {
        if (CpfOrCnpj.TryParse(document, out var parsed))
        {
            var value = parsed.Value;
            return parsed.IsCpf
                ? $"CPF ***.{value[3..6]}.{value[6..9]}-**"
                : $"CNPJ **.***.{value[5..8]}/{value[8..12]}-**";
        }

        return string.IsNullOrWhiteSpace(document) ? "no CPF/CNPJ" : "an invalid CPF/CNPJ";
    }

    /// <summary>Whether two documents are the same one, masked or not; two absent documents are the same "none".</summary>
    public static bool SameDocument(string? left, string? right) =>
        CpfOrCnpj.TryParse(left, out var a) && CpfOrCnpj.TryParse(right, out var b)
            ? a == b
            : string.Equals(Digits(left), Digits(right), StringComparison.Ordinal);

    private static string Digits(string? text) => new((text ?? string.Empty).Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
