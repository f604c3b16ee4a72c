using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Domain.Identifiers;

/// <summary>
/// A GTIN (EAN/UPC barcode) of 8, 12, 13 or 14 digits whose check digit is right. An instance made by
/// <see cref="Parse"/> or <see cref="TryParse(string?, out Gtin)"/> is always valid; <c>default(Gtin)</c>
/// holds no code and is never produced by the SDK. Immutable and thread-safe.
/// </summary>
public readonly struct Gtin : IEquatable<Gtin>
{
    private readonly string? digits;

    private Gtin(string digits) => this.digits = digits;

    /// <summary>The digits of the code, check digit included.</summary>
    public string Value => digits ?? string.Empty;

    /// <summary>Which GTIN family the code belongs to.</summary>
    public GtinKind Kind => (GtinKind)Value.Length;

    /// <summary>Reads a GTIN; surrounding spaces are ignored.</summary>
    /// <param name="text">8, 12, 13 or 14 digits.</param>
    /// <returns>The GTIN.</returns>
    /// <exception cref="FormatException">The text is not a GTIN; the message says why (length, non-digit or check digit).</exception>
    public static Gtin Parse(string text) =>
        TryParse(text, out var gtin, out var error) ? gtin : throw new FormatException(error);

    /// <summary>Reads a GTIN without throwing.</summary>
    /// <param name="text">8, 12, 13 or 14 digits.</param>
    /// <param name="gtin">The GTIN when valid.</param>
    /// <returns>Whether the text is a valid GTIN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Gtin gtin) => TryParse(text, out gtin, out _);

    /// <summary>Reads a GTIN and says why it is not one.</summary>
    /// <param name="text">8, 12, 13 or 14 digits.</param>
    /// <param name="gtin">The GTIN when valid.</param>
    /// <param name="error">Why the text is not a GTIN, when it is not.</param>
    /// <returns>Whether the text is a valid GTIN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Gtin gtin, [NotNullWhen(false)] out string? error)
    {
        gtin = default;
        var candidate = text?.Trim() ?? string.Empty;
        if (candidate.Length is not (8 or 12 or 13 or 14))
        {
            error = $"GTIN '{text}' has {candidate.Length} characters; a GTIN has 8, 12, 13 or 14 digits.";
            return false;
        }

        foreach (var c in candidate)
        {
            if (!char.IsAsciiDigit(c))
            {
                error = $"GTIN '{text}' contains '{c}'; a GTIN has digits only.";
                return false;
            }
        }

        var expected = ComputeCheckDigit(candidate.AsSpan(0, candidate.Length - 1));
        if (candidate[^1] != expected)
        {
            error = $"GTIN '{text}' has check digit {candidate[^1]} but its digits give {expected}: the code was mistyped or corrupted.";
            return false;
        }

        gtin = new Gtin(candidate);
        error = null;
        return true;
    }

    /// <summary>
    /// The check digit for the data digits of a GTIN: weights 3, 1, 3, … from the rightmost data digit;
    /// check = (10 − sum mod 10) mod 10.
    /// </summary>
    /// <param name="dataDigits">The digits without the check digit.</param>
    /// <returns>The check digit character.</returns>
    public static char ComputeCheckDigit(ReadOnlySpan<char> dataDigits)
    {
        var sum = 0;
        for (var i = 0; i < dataDigits.Length; i++)
        {
            var digit = dataDigits[dataDigits.Length - 1 - i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new ArgumentException($"'{dataDigits[dataDigits.Length - 1 - i]}' is not a digit.", nameof(dataDigits));
            }

            sum += digit * (i % 2 == 0 ? 3 : 1);
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <inheritdoc />
    public bool Equals(Gtin other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Gtin other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The digits.</summary>
    /// <returns>The digits of the code.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two GTINs have the same digits.</summary>
    public static bool operator ==(Gtin left, Gtin right) => left.Equals(right);

    /// <summary>Whether two GTINs differ.</summary>
    public static bool operator !=(Gtin left, Gtin right) => !left.Equals(right);
}
