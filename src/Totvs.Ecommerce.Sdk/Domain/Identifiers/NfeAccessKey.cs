using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Totvs.Ecommerce.Sdk.Domain.Identifiers;

/// <summary>
/// The 44-character access key (chave de acesso) of an NF-e (model 55) or NFC-e (model 65), decomposed:
/// cUF(2) AAMM(4) issuer CNPJ(14) model(2) series(3) number(9) emission type(1) code(8) check digit(1),
/// the check digit being modulo 11 with weights 2..9 from the right. The issuer part may hold an
/// alphanumeric CNPJ (from July 2026) or a CPF padded with zeros. Always valid when made by
/// <see cref="Parse"/>, <see cref="TryParse(string?, out NfeAccessKey)"/> or <see cref="Create"/>. Immutable.
/// </summary>
public readonly struct NfeAccessKey : IEquatable<NfeAccessKey>
{
    /// <summary>The model of an NF-e.</summary>
    public const int NfeModel = 55;

    /// <summary>The model of an NFC-e (consumer invoice).</summary>
    public const int NfceModel = 65;

    private readonly string? value;

    private NfeAccessKey(string value, Uf uf, CpfOrCnpj issuer)
    {
        this.value = value;
        Uf = uf;
        Issuer = issuer;
    }

    /// <summary>The 44 characters, without spaces.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is <c>default</c>, holding no key.</summary>
    public bool IsEmpty => value is null;

    /// <summary>The UF of the issuer (from cUF).</summary>
    public Uf? Uf { get; }

    /// <summary>The year and month of issue (AAMM).</summary>
    public YearMonth IssueMonth => new(2000 + Number(2, 2), Number(4, 2));

    /// <summary>The issuer's CNPJ (or CPF).</summary>
    public CpfOrCnpj Issuer { get; }

    /// <summary>The model: 55 (NF-e) or 65 (NFC-e).</summary>
    public int Model => Number(20, 2);

    /// <summary>The series (0–999).</summary>
    public int Series => Number(22, 3);

    /// <summary>The invoice number (1–999,999,999).</summary>
    public int InvoiceNumber => Number(25, 9);

    /// <summary>The emission type (1 normal, 2–9 contingencies).</summary>
    public int EmissionType => Number(34, 1);

    /// <summary>The 8-digit numeric code (cNF) chosen by the issuer.</summary>
    public string NumericCode => IsEmpty ? string.Empty : Value.Substring(35, 8);

    /// <summary>The check digit.</summary>
    public int CheckDigit => Number(43, 1);

    /// <summary>Reads an access key; spaces (as printed on the DANFE) are ignored.</summary>
    /// <param name="text">The 44 characters.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">Not a valid key; the message says which part is wrong.</exception>
    public static NfeAccessKey Parse(string text) => TryParse(text, out var key, out var error) ? key : throw new FormatException(error);

    /// <summary>Reads an access key without throwing.</summary>
    /// <param name="text">The 44 characters.</param>
    /// <param name="key">The key when valid.</param>
    /// <returns>Whether the text is a valid key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out NfeAccessKey key) => TryParse(text, out key, out _);

    /// <summary>Reads an access key and says which part is wrong.</summary>
    /// <param name="text">The 44 characters.</param>
    /// <param name="key">The key when valid.</param>
    /// <param name="error">What is wrong, when the key is not valid.</param>
    /// <returns>Whether the text is a valid key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out NfeAccessKey key, [NotNullWhen(false)] out string? error)
    {
        key = default;
        var bare = text?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (bare is null || bare.Length != 44)
        {
            error = $"Access key '{text}' must have 44 characters.";
            return false;
        }

        for (var i = 0; i < bare.Length; i++)
        {
            var issuerPart = i is >= 6 and < 18;
            if (!(char.IsAsciiDigit(bare[i]) || (issuerPart && char.IsAsciiLetterUpper(bare[i]))))
            {
                error = $"Access key '{text}' has '{bare[i]}' at position {i + 1}; only the issuer's CNPJ may hold letters.";
                return false;
            }
        }

        var expected = CheckDigits.Mod11FromRight(bare.AsSpan(0, 43));
        if (bare[43] - '0' != expected)
        {
            error = $"Access key '{text}' has check digit {bare[43]} but its characters give {expected}: it was mistyped.";
            return false;
        }

        var ufCode = int.Parse(bare.AsSpan(0, 2), CultureInfo.InvariantCulture);
        if (!Identifiers.Uf.TryFromIbgeCode(ufCode, out var uf))
        {
            error = $"Access key '{text}' starts with cUF {ufCode}, which is no Brazilian UF.";
            return false;
        }

        var month = int.Parse(bare.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            error = $"Access key '{text}' has month {month:D2} in AAMM.";
            return false;
        }

        if (!TryReadIssuer(bare.Substring(6, 14), out var issuer))
        {
            error = $"Access key '{text}' holds '{bare.Substring(6, 14)}' where the issuer's CNPJ (or CPF) should be.";
            return false;
        }

        var model = int.Parse(bare.AsSpan(20, 2), CultureInfo.InvariantCulture);
        if (model is not (NfeModel or NfceModel))
        {
            error = $"Access key '{text}' is of model {model}; an NF-e is model 55 and an NFC-e model 65.";
            return false;
        }

        key = new NfeAccessKey(bare, uf, issuer);
        error = null;
        return true;
    }

    /// <summary>Builds the key of an invoice from its parts, computing the check digit.</summary>
    /// <param name="uf">The issuer's UF.</param>
    /// <param name="issueMonth">The year (2000–2099) and month of issue.</param>
    /// <param name="issuer">The issuer's CNPJ (or CPF).</param>
    /// <param name="model">55 (NF-e) or 65 (NFC-e).</param>
    /// <param name="series">The series, 0–999.</param>
    /// <param name="invoiceNumber">The number, 1–999,999,999.</param>
    /// <param name="emissionType">The emission type, 1–9.</param>
    /// <param name="numericCode">The issuer's numeric code, 0–99,999,999.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">A part is out of range.</exception>
    public static NfeAccessKey Create(Uf uf, YearMonth issueMonth, CpfOrCnpj issuer, int model, int series, int invoiceNumber, int emissionType, int numericCode)
    {
        ArgumentNullException.ThrowIfNull(uf);
        ArgumentOutOfRangeException.ThrowIfLessThan(issueMonth.Year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(issueMonth.Year, 2099);
        ArgumentOutOfRangeException.ThrowIfNotEqual(issuer.IsEmpty, false);
        ArgumentOutOfRangeException.ThrowIfLessThan(series, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(series, 999);
        ArgumentOutOfRangeException.ThrowIfLessThan(invoiceNumber, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(emissionType, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(emissionType, 9);
        ArgumentOutOfRangeException.ThrowIfNegative(numericCode);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numericCode, 99_999_999);
        if (model is not (NfeModel or NfceModel))
        {
            throw new ArgumentOutOfRangeException(nameof(model), model, "Use 55 (NF-e) or 65 (NFC-e).");
        }

        var body = string.Create(CultureInfo.InvariantCulture,
            $"{uf.IbgeCode:D2}{issueMonth.Year % 100:D2}{issueMonth.Month:D2}{issuer.Value.PadLeft(14, '0')}{model:D2}{series:D3}{invoiceNumber:D9}{emissionType}{numericCode:D8}");
        return Parse(body + CheckDigits.Mod11FromRight(body).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The key in groups of four, as printed on the DANFE.</summary>
    /// <returns>The grouped key.</returns>
    public string ToGroupedString() => IsEmpty ? string.Empty : string.Join(' ', Value.Chunk(4).Select(chunk => new string(chunk)));

    /// <summary>The 44 characters.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(NfeAccessKey other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NfeAccessKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Whether two keys are equal.</summary>
    public static bool operator ==(NfeAccessKey left, NfeAccessKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    public static bool operator !=(NfeAccessKey left, NfeAccessKey right) => !left.Equals(right);

    private static bool TryReadIssuer(string part, out CpfOrCnpj issuer)
    {
        if (Identifiers.Cnpj.TryParse(part, out var cnpj))
        {
            issuer = CpfOrCnpj.From(cnpj);
            return true;
        }

        if (part.StartsWith("000", StringComparison.Ordinal) && Identifiers.Cpf.TryParse(part[3..], out var cpf))
        {
            issuer = CpfOrCnpj.From(cpf);
            return true;
        }

        issuer = default;
        return false;
    }

    private int Number(int start, int length) => IsEmpty ? 0 : int.Parse(Value.AsSpan(start, length), CultureInfo.InvariantCulture);
}
