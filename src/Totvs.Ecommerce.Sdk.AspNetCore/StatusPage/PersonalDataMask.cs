using System.Text.RegularExpressions;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.Sdk.AspNetCore.StatusPage;

/// <summary>
/// Hides a valid CPF or CNPJ inside a failure's description before the page shows it: the SDK's own messages carry none,
/// but the ERP's text is not ours. The operator needs the document's key and what to fix, never the customer's CPF.
/// </summary>
internal static partial class PersonalDataMask
{
    public const string Mask = "***";

    public static string Apply(string text) =>
        Candidates().Replace(text, match => Cpf.TryParse(match.Value, out _) || Cnpj.TryParse(match.Value, out _) ? Mask : match.Value);

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\d{3}\.?\d{3}\.?\d{3}-?\d{2}|[0-9A-Z]{2}\.?[0-9A-Z]{3}\.?[0-9A-Z]{3}/?[0-9A-Z]{4}-?\d{2})(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidates();
}
