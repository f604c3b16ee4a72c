using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Domain.Identifiers;

/// <summary>
/// A CPF (Cadastro de Pessoas Físicas): 11 digits whose two check digits are right, not all digits equal.
/// An instance made by <see cref="Parse"/> or <see cref="TryParse(string?, out Cpf)"/> is always valid;
/// <c>default(Cpf)</c> holds none. Accepts the mask (<c>145.382.206-20</c>) or bare digits. Immutable.
/// </summary>
public readonly struct Cpf : IEquatable<Cpf>
{
    private static readonly int[] FirstWeights = [10, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] SecondWeights = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];

    private readonly string? digits;

    private Cpf(string digits) => this.digits = digits;

    /// <summary>The 11 digits, without mask.</summary>
    public string Value => digits ?? string.Empty;

    /// <summary>Whether this is <c>default</c>, holding no CPF.</summary>
    public bool IsEmpty => digits is null;

    /// <summary>Builds the CPF of 9 base digits by computing its two check digits.</summary>
    /// <param name="baseDigits">The first 9 digits.</param>
    /// <returns>The CPF.</returns>
    /// <exception cref="FormatException">The base is not 9 digits, or gives a CPF of equal digits.</exception>
    public static Cpf FromBase(string baseDigits)
    {
        ArgumentNullException.ThrowIfNull(baseDigits);
        if (baseDigits.Length != 9 || !baseDigits.All(char.IsAsciiDigit))
        {
            throw new FormatException($"A CPF base has 9 digits; '{baseDigits}' has not.");
        }

        var first = CheckDigits.Mod11(baseDigits, FirstWeights);
        var second = CheckDigits.Mod11(baseDigits + (char)('0' + first), SecondWeights);
        return Parse($"{baseDigits}{first}{second}");
    }

    /// <summary>Reads a CPF, masked or not.</summary>
    /// <param name="text">E.g. <c>145.382.206-20</c> or <c>14538220620</c>.</param>
    /// <returns>The CPF.</returns>
    /// <exception cref="FormatException">Not a valid CPF; the message says why.</exception>
    public static Cpf Parse(string text) => TryParse(text, out var cpf, out var error) ? cpf : throw new FormatException(error);

    /// <summary>Reads a CPF without throwing.</summary>
    /// <param name="text">The CPF, masked or not.</param>
    /// <param name="cpf">The CPF when valid.</param>
    /// <returns>Whether the text is a valid CPF.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Cpf cpf) => TryParse(text, out cpf, out _);

    /// <summary>Reads a CPF and says why it is not one.</summary>
    /// <param name="text">The CPF, masked or not.</param>
    /// <param name="cpf">The CPF when valid.</param>
    /// <param name="error">Why the text is not a valid CPF, when it is not.</param>
    /// <returns>Whether the text is a valid CPF.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Cpf cpf, [NotNullWhen(false)] out string? error)
    {
        cpf = default;
        var bare = CheckDigits.StripMask(text, allowLetters: false);
        if (bare is null || bare.Length != 11)
        {
            error = $"CPF '{text}' must have 11 digits (e.g. 145.382.206-20).";
            return false;
        }

        if (bare.All(c => c == bare[0]))
        {
            error = $"CPF '{text}' has all digits equal, which is never a valid CPF.";
            return false;
        }

        var first = CheckDigits.Mod11(bare.AsSpan(0, 9), FirstWeights);
        var second = CheckDigits.Mod11(bare.AsSpan(0, 10), SecondWeights);
        if (bare[9] - '0' != first || bare[10] - '0' != second)
        {
            error = $"CPF '{text}' has check digits {bare[9..]} but its digits give {first}{second}: it was mistyped.";
            return false;
        }

        cpf = new Cpf(bare);
        error = null;
        return true;
    }

    /// <summary>The CPF with its mask, <c>000.000.000-00</c>.</summary>
    /// <returns>The masked CPF.</returns>
    public string ToMaskedString() => IsEmpty ? string.Empty : $"{Value[..3]}.{Value[3..6]}.{Value[6..9]}-{Value[9..]}";

    /// <summary>The 11 digits without mask.</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(Cpf other) => string.Equals(digits, other.digits, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Cpf other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Whether two CPFs are equal.</summary>
    public static bool operator ==(Cpf left, Cpf right) => left.Equals(right);

    /// <summary>Whether two CPFs differ.</summary>
    public static bool operator !=(Cpf left, Cpf right) => !left.Equals(right);
}
