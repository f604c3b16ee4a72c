using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Domain.Catalog;

/// <summary>
/// A Datasul reference code (the variation of an item controlled by reference) (`cod-refer`): at most 8 characters, not blank. An instance made by <see cref="Parse"/> or
/// <see cref="TryParse(string?, out ReferenceCode)"/> is always valid; surrounding spaces are removed.
/// Immutable and thread-safe; compared ordinally.
/// </summary>
public readonly struct ReferenceCode : IEquatable<ReferenceCode>
{
    /// <summary>The longest reference code Datasul stores.</summary>
    public const int MaxLength = 8;

    private readonly string? value;

    private ReferenceCode(string value) => this.value = value;

    /// <summary>The code.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is <c>default</c>, holding no code (as when the field was absent).</summary>
    public bool IsEmpty => value is null;

    /// <summary>Reads a reference code.</summary>
    /// <param name="text">The code, e.g. <c>AZUL-P</c>.</param>
    /// <returns>The reference code.</returns>
    /// <exception cref="FormatException">The text is blank, too long or has control characters; the message says which.</exception>
    public static ReferenceCode Parse(string text) => TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Reads a reference code without throwing.</summary>
    /// <param name="text">The code.</param>
    /// <param name="code">The reference code when valid.</param>
    /// <returns>Whether the text is a valid reference code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReferenceCode code) => TryParse(text, out code, out _);

    /// <summary>Reads a reference code and says why it is not one.</summary>
    /// <param name="text">The code.</param>
    /// <param name="code">The reference code when valid.</param>
    /// <param name="error">Why the text is not valid, when it is not.</param>
    /// <returns>Whether the text is a valid reference code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReferenceCode code, [NotNullWhen(false)] out string? error)
    {
        code = ErpCodeText.TryNormalize(text, MaxLength, "reference code", out var normalized, out error) ? new ReferenceCode(normalized) : default;
        return error is null;
    }

    /// <inheritdoc />
    public bool Equals(ReferenceCode other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReferenceCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The code.</summary>
    /// <returns>The code text.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two codes are equal.</summary>
    public static bool operator ==(ReferenceCode left, ReferenceCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    public static bool operator !=(ReferenceCode left, ReferenceCode right) => !left.Equals(right);
}
