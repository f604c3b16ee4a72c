using System.Text;
using System.Text.RegularExpressions;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;

namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// One fake per real value, for the life of a recorder: a real value is known by its canonical form (a document by its
/// digits, an e-mail or a name in any case, a phone by its number), so <c>529.982.247-25</c>, <c>52998224725</c> and the
/// same CPF inside a sentence all become one fake CPF, each written in the form of the original. Every form of every
/// original is remembered, to be replaced wherever it appears later in free text. The originals live in memory only.
/// </summary>
internal sealed class FakeValues
{
    private const int ShortestRemembered = 4;

    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<FieldKind, int> counters = [];
    private readonly Dictionary<string, string> forms = new(StringComparer.OrdinalIgnoreCase);
    private Regex? known;

    /// <summary>A secret's fake: <c>scrubbed-secret-N</c>.</summary>
    public string Secret(string value) => Remember(value, $"scrubbed-secret-{Number(FieldKind.Secret, value)}");

    /// <summary>Text a person typed, replaced whole: <c>scrubbed-text-N</c>.</summary>
    public string FreeText(string value) => Remember(value, $"scrubbed-text-{Number(FieldKind.FreeText, value)}");

    /// <summary>An e-mail's fake: <c>pessoaN@example.com</c>.</summary>
    public string Email(string value) => Remember(value, $"pessoa{Number(FieldKind.Email, value.Trim().ToLowerInvariant())}@example.com");

    /// <summary>A name's fake: <c>Pessoa N</c>; one per name whatever its case and spacing.</summary>
    public string Name(string value) => Remember(value, $"Pessoa {Number(FieldKind.Name, Words(value))}");

    /// <summary>A short name's fake: <c>CLI00000N</c> (a document used as short name becomes its fake document instead).</summary>
    public string ShortName(string value) => Remember(value, $"CLI{Number(FieldKind.ShortName, Words(value)):D6}");

    /// <summary>An ERP user's fake: <c>usuario-N</c>.</summary>
    public string User(string value) => Remember(value, $"usuario-{Number(FieldKind.User, Words(value))}");

    /// <summary>An address's fake: <c>Rua Exemplo, N</c>.</summary>
    public string Address(string value) => Remember(value, $"Rua Exemplo, {Number(FieldKind.Address, Words(value))}");

    /// <summary>A birth date's fake: 1 January 1990, written as the original was (<c>1990-01-01</c> or <c>01/01/1990</c>).</summary>
    public string BirthDate(string value) => Remember(value, value.Contains('/', StringComparison.Ordinal) ? "01/01/1990" : value.Length >= 10 ? "1990-01-01" + value[10..] : "1990-01-01");

    /// <summary>A CEP's fake: <c>01NNN-000</c>, or its eight digits when the original had no hyphen.</summary>
    public string ZipCode(string value)
    {
        var n = Number(FieldKind.ZipCode, Digits(value));
        var fake = $"01{n % 1000:D3}-000";
        return Remember(value, value.Contains('-', StringComparison.Ordinal) ? fake : fake.Replace("-", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>A phone's fake: <c>(11) 3000-NNNN</c>, or <c>113000NNNN</c> when the original was digits only.</summary>
    public string Phone(string value)
    {
        var digits = Digits(value);
        if (digits.Length >= 12 && digits.StartsWith("55", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        var n = Number(FieldKind.Phone, digits) % 10000;
        var fake = value.All(char.IsAsciiDigit) ? $"113000{n:D4}" : $"(11) 3000-{n:D4}";
        RememberDigitsForm(value, digits, fake.Where(char.IsAsciiDigit));
        return Remember(value, fake);
    }

    /// <summary>A registration's fake (inscrição estadual, RG): its digits replaced, its letters and punctuation kept (<c>ISENTO</c> stays).</summary>
    public string Registration(string value)
    {
        var digits = Digits(value);
        if (digits.Length == 0)
        {
            return value;
        }

        var n = Number(FieldKind.Registration, digits);
        var fakeDigits = (9 + n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)).PadLeft(digits.Length, '9');
        fakeDigits = fakeDigits[^digits.Length..];
        var fake = new StringBuilder(value.Length);
        var next = 0;
        foreach (var c in value)
        {
            fake.Append(char.IsAsciiDigit(c) ? fakeDigits[next++] : c);
        }

        return Remember(value, fake.ToString());
    }

    /// <summary>
    /// A CPF's or CNPJ's fake, valid whatever the original's check digits, in the original's form (masked or not).
    /// The text must have 11 (CPF) or 14 (CNPJ) letters or digits besides its punctuation.
    /// </summary>
    public string Document(string value)
    {
        var characters = new string(value.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        var masked = characters.Length != value.Length;
        string fakeMasked, fakePlain;
        if (characters.Length == 11)
        {
            var fake = Cpf.FromBase($"{900000000 + Number(FieldKind.Document, characters):D9}");
            (fakeMasked, fakePlain) = (fake.ToMaskedString(), fake.Value);
        }
        else
        {
            var fake = Cnpj.FromBase($"{90000000 + Number(FieldKind.Document, characters):D8}0001");
            (fakeMasked, fakePlain) = (fake.ToMaskedString(), fake.Value);
        }

        // Both forms of the original are remembered: a document met masked is found later as digits, and the other way.
        Remember(characters, fakePlain);
        Remember(MaskOf(characters), fakeMasked);
        return Remember(value, masked ? fakeMasked : fakePlain);
    }

    /// <summary>Whether the text holds a value this recorder has replaced (any of its forms), ignoring case.</summary>
    public bool HoldsKnown(string text) => text.Length >= ShortestRemembered && Known().IsMatch(text);

    /// <summary>Replaces, in free text, every original this recorder has met (the longest first; four characters or more; any case).</summary>
    public string ReplaceKnown(string text) =>
        text.Length < ShortestRemembered || forms.Count == 0 ? text : Known().Replace(text, m => forms.TryGetValue(m.Value, out var fake) ? fake : "scrubbed");

    private static string MaskOf(string characters) => characters.Length == 11
        ? $"{characters[..3]}.{characters[3..6]}.{characters[6..9]}-{characters[9..]}"
        : $"{characters[..2]}.{characters[2..5]}.{characters[5..8]}/{characters[8..12]}-{characters[12..]}";

    private static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    private static string Words(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private int Number(FieldKind kind, string canonical)
    {
        var key = $"{kind}\u0000{canonical}";
        if (!numbers.TryGetValue(key, out var n))
        {
            n = numbers[key] = counters[kind] = counters.GetValueOrDefault(kind) + 1;
        }

        return n;
    }

    private void RememberDigitsForm(string value, string digits, IEnumerable<char> fakeDigits)
    {
        if (digits.Length >= 8 && digits != value)
        {
            Remember(digits, new string(fakeDigits.ToArray()));
        }
    }

    private string Remember(string original, string fake)
    {
        var trimmed = original.Trim();
        if (trimmed.Length >= ShortestRemembered && !forms.ContainsKey(trimmed))
        {
            forms[trimmed] = fake;
            known = null;
        }

        return fake;
    }

    private Regex Known() => known ??= new Regex(
        string.Join('|', forms.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
