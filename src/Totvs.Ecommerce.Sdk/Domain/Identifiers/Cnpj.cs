using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Domain.Identifiers;

/// <summary>
/// A CNPJ (Cadastro Nacional da Pessoa Jurídica) in the numeric form or the alphanumeric form in force from
/// July 2026: 12 characters <c>[A-Z0-9]</c> and 2 check digits (value of a character = ASCII − 48). An
/// instance made by <see cref="Parse"/> or <see cref="TryParse(string?, out Cnpj)"/> is always valid;
/// <c>default(Cnpj)</c> holds none. Accepts the mask (<c>12.ABC.345/01DE-35</c>) or bare characters;
/// letters are read in upper case. Immutable.
/// </summary>
public readonly struct Cnpj : IEquatable<Cnpj>
{
    private static readonly int[] FirstWeights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] SecondWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    private readonly string? characters;

    private Cnpj(string characters) => this.characters = characters;

    /// <summary>The 14 characters, without mask.</summary>
    public string Value => characters ?? string.Empty;

    /// <summary>Whether this is <c>default</c>, holding no CNPJ.</summary>
    public bool IsEmpty => characters is null;

    /// <summary>Whether the CNPJ uses letters (the alphanumeric form from July 2026).</summary>
    public bool IsAlphanumeric => Value.Any(char.IsAsciiLetter);

    /// <summary>The root (first 8 characters) that identifies the company across its establishments.</summary>
    public string Root => IsEmpty ? string.Empty : Value[..8];

    /// <summary>Builds the CNPJ of a 12-character base (root and branch, letters allowed) by computing its two check digits.</summary>
    /// <param name="baseCharacters">The first 12 characters.</param>
    /// <returns>The CNPJ.</returns>
    /// <exception cref="FormatException">The base is not 12 characters <c>[A-Z0-9]</c>.</exception>
    public static Cnpj FromBase(string baseCharacters)
    {
        ArgumentNullException.ThrowIfNull(baseCharacters);
        var upper = baseCharacters.ToUpperInvariant();
        if (upper.Length != 12 || !upper.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            throw new FormatException($"A CNPJ base has 12 letters or digits; '{baseCharacters}' has not.");
        }

        var first = CheckDigits.Mod11(upper, FirstWeights);
        var second = CheckDigits.Mod11(upper + (char)('0' + first), SecondWeights);
        return Parse($"{upper}{first}{second}");
    }

    /// <summary>Reads a CNPJ, masked or not.</summary>
    /// <param name="text">E.g. <c>11.222.333/0001-81</c> or <c>12ABC34501DE35</c>.</param>
    /// <returns>The CNPJ.</returns>
    /// <exception cref="FormatException">Not a valid CNPJ; the message says why.</exception>
    public static Cnpj Parse(string text) => TryParse(text, out var cnpj, out var error) ? cnpj : throw new FormatException(error);

    /// <summary>Reads a CNPJ without throwing.</summary>
    /// <param name="text">The CNPJ, masked or not.</param>
    /// <param name="cnpj">The CNPJ when valid.</param>
    /// <returns>Whether the text is a valid CNPJ.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Cnpj cnpj) => TryParse(text, out cnpj, out _);

    /// <summary>Reads a CNPJ and says why it is not one.</summary>
    /// <param name="text">The CNPJ, masked or not.</param>
    /// <param name="cnpj">The CNPJ when valid.</param>
    /// <param name="error">Why the text is not a valid CNPJ, when it is not.</param>
    /// <returns>Whether the text is a valid CNPJ.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Cnpj cnpj, [NotNullWhen(false)] out string? error)
    {
        cnpj = default;
        var bare = CheckDigits.StripMask(text, allowLetters: true);
        if (bare is null || bare.Length != 14)
        {
            error = $"CNPJ '{text}' must have 14 characters: 12 letters or digits and 2 check digits (e.g. 11.222.333/0001-81).";
            return false;
        }

        if (!char.IsAsciiDigit(bare[12]) || !char.IsAsciiDigit(bare[13]))
        {
            error = $"CNPJ '{text}' must end in two check digits.";
            return false;
        }

        if (bare.All(c => c == bare[0]))
        {
            error = $"CNPJ '{text}' has all characters equal, which is never a valid CNPJ.";
            return false;
        }

        var first = CheckDigits.Mod11(bare.AsSpan(0, 12), FirstWeights);
        var second = CheckDigits.Mod11(bare.AsSpan(0, 13), SecondWeights);
        if (bare[12] - '0' != first || bare[13] - '0' != second)
        {
            error = $"CNPJ '{text}' has check digits {bare[12..]} but its characters give {first}{second}: it was mistyped.";
            return false;
        }

        cnpj = new Cnpj(bare);
        error = null;
        return true;
    }

    /// <summary>The CNPJ with its mask, <c>00.000.000/0000-00</c>.</summary>
    /// <returns>The masked CNPJ.</returns>
    public string ToMaskedString() =>
        IsEmpty ? string.Empty : $"{Value[..2]}.{Value[2..5]}.{Value[5..8]}/{Value[8..12]}-{Value[12..]}";

    /// <summary>The 14 characters without mask.</summary>
    /// <returns>The characters.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(Cnpj other) => string.Equals(characters, other.characters, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Cnpj other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Whether two CNPJs are equal.</summary>
    public static bool operator ==(Cnpj left, Cnpj right) => left.Equals(right);

    /// <summary>Whether two CNPJs differ.</summary>
    public static bool operator !=(Cnpj left, Cnpj right) => !left.Equals(right);
}
