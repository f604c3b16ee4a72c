using System.Text.RegularExpressions;

namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// Secret and personal values found by their shape in any text, whether or not the recorder met them before: bearer and
/// basic credentials and JWTs, e-mails, CNPJs (numeric or alphanumeric) and CPFs masked or not and whatever their check
/// digits, phones written with a hyphen or an area code, CEPs. An 11- or 14-digit number is taken for a document: when in
/// doubt, scrub. Longer digit runs (an NF-e key, 44 digits) are left whole.
/// </summary>
internal static partial class PersonalDataShapes
{
    /// <summary>Replaces every value of a known shape in <paramref name="text"/> with its fake.</summary>
    public static string Scrub(string text, FakeValues fakes) => text.Length < 6 ? text : Shapes().Replace(text, m =>
    {
        if (m.Groups["credential"].Success)
        {
            var value = m.Groups["credential"];
            return m.Value[..(value.Index - m.Index)] + fakes.Secret(value.Value);
        }

        return m.Groups["jwt"].Success ? fakes.Secret(m.Value)
            : m.Groups["email"].Success ? fakes.Email(m.Value)
            : m.Groups["document"].Success ? fakes.Document(m.Value)
            : m.Groups["phone"].Success ? fakes.Phone(m.Value)
            : fakes.ZipCode(m.Value);
    });

    /// <summary>Whether the whole text is a CPF or CNPJ, masked or not, whatever its check digits.</summary>
    public static bool IsDocument(string text) => WholeDocument().IsMatch(text);

    /// <summary>Whether the whole number (a JSON number's text) has the length of a CPF or CNPJ.</summary>
    public static bool IsDocumentNumber(string digits) => digits.Length is 11 or 14 && digits.All(char.IsAsciiDigit);

    private const string Document =
        @"[A-Z0-9]{2}\.[A-Z0-9]{3}\.[A-Z0-9]{3}/[A-Z0-9]{4}-\d{2}|\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}|\d{3}\.?\d{3}\.?\d{3}-?\d{2}";

    [GeneratedRegex(
        @"(?:\b(?:Bearer|Basic)\s+(?<credential>[A-Za-z0-9\-._~+/]{8,}=*))"
        + @"|(?<jwt>\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)"
        + @"|(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"
        + @"|(?<document>(?<![A-Za-z0-9])(?:" + Document + @")(?![0-9]))"
        + @"|(?<phone>(?<![\w-])(?:\+55\s?)?(?:\(\d{2}\)\s?|\d{2}\s)?9?\d{4}-\d{4}(?!\d)|(?<!\d)\(\d{2}\)\s?9?\d{4}\s?\d{4}(?!\d))"
        + @"|(?<cep>(?<![\d-])\d{5}-\d{3}(?![\d-]))",
        RegexOptions.ExplicitCapture)]
    private static partial Regex Shapes();

    [GeneratedRegex(@"^\s*(?:" + Document + @")\s*$", RegexOptions.ExplicitCapture)]
    private static partial Regex WholeDocument();
}
