using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Domain.Identifiers;

/// <summary>
/// A CEP (Brazilian postal code): 8 digits, read with or without the dash (<c>01310-100</c>). Always valid
/// when made by <see cref="Parse"/> or <see cref="TryParse(string?, out Cep)"/>. Immutable.
/// </summary>
public readonly struct Cep : IEquatable<Cep>
{
    private readonly string? digits;

    private Cep(string digits) => this.digits = digits;

    /// <summary>The 8 digits.</summary>
    public string Value => digits ?? string.Empty;

    /// <summary>Whether this is <c>default</c>, holding no CEP.</summary>
    public bool IsEmpty => digits is null;

    /// <summary>Reads a CEP.</summary>
    /// <param name="text">E.g. <c>01310-100</c> or <c>01310100</c>.</param>
    /// <returns>The CEP.</returns>
    /// <exception cref="FormatException">Not 8 digits.</exception>
    public static Cep Parse(string text) =>
        TryParse(text, out var cep) ? cep : throw new FormatException($"CEP '{text}' must have 8 digits, with or without the dash (e.g. 01310-100).");

    /// <summary>Reads a CEP without throwing.</summary>
    /// <param name="text">The CEP.</param>
    /// <param name="cep">The CEP when valid.</param>
    /// <returns>Whether the text is 8 digits (with or without the dash).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Cep cep)
    {
        // 8 digits, or the masked 00000-000; a dash anywhere else is a mistyped code.
        var candidate = text?.Trim();
        if (candidate is { Length: 9 } && candidate[5] == '-')
        {
            candidate = candidate.Remove(5, 1);
        }

        cep = candidate is { Length: 8 } && candidate.All(char.IsAsciiDigit) ? new Cep(candidate) : default;
        return !cep.IsEmpty;
    }

    /// <summary>The CEP with its dash, <c>00000-000</c>.</summary>
    /// <returns>The masked CEP.</returns>
    public string ToMaskedString() => IsEmpty ? string.Empty : $"{Value[..5]}-{Value[5..]}";

    /// <summary>The 8 digits.</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(Cep other) => string.Equals(digits, other.digits, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Cep other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Whether two CEPs are equal.</summary>
    public static bool operator ==(Cep left, Cep right) => left.Equals(right);

    /// <summary>Whether two CEPs differ.</summary>
    public static bool operator !=(Cep left, Cep right) => !left.Equals(right);
}
