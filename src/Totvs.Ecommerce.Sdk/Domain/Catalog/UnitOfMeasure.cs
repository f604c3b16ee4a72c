using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Domain.Catalog;

/// <summary>
/// A Datasul unit of measure (`un`): at most 2 characters, not blank. An instance made by <see cref="Parse"/> or
/// <see cref="TryParse(string?, out UnitOfMeasure)"/> is always valid; surrounding spaces are removed.
/// Immutable and thread-safe; compared ordinally.
/// </summary>
public readonly struct UnitOfMeasure : IEquatable<UnitOfMeasure>
{
    /// <summary>The longest unit of measure Datasul stores.</summary>
    public const int MaxLength = 2;

    private readonly string? value;

    private UnitOfMeasure(string value) => this.value = value;

    /// <summary>The code.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is <c>default</c>, holding no code (as when the field was absent).</summary>
    public bool IsEmpty => value is null;

    /// <summary>Reads a unit of measure.</summary>
    /// <param name="text">The code, e.g. <c>UN</c>.</param>
    /// <returns>The unit of measure.</returns>
    /// <exception cref="FormatException">The text is blank, too long or has control characters; the message says which.</exception>
    public static UnitOfMeasure Parse(string text) => TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Reads a unit of measure without throwing.</summary>
    /// <param name="text">The code.</param>
    /// <param name="code">The unit of measure when valid.</param>
    /// <returns>Whether the text is a valid unit of measure.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out UnitOfMeasure code) => TryParse(text, out code, out _);

    /// <summary>Reads a unit of measure and says why it is not one.</summary>
    /// <param name="text">The code.</param>
    /// <param name="code">The unit of measure when valid.</param>
    /// <param name="error">Why the text is not valid, when it is not.</param>
    /// <returns>Whether the text is a valid unit of measure.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out UnitOfMeasure code, [NotNullWhen(false)] out string? error)
    {
        code = ErpCodeText.TryNormalize(text, MaxLength, "unit of measure", out var normalized, out error) ? new UnitOfMeasure(normalized) : default;
        return error is null;
    }

    /// <inheritdoc />
    public bool Equals(UnitOfMeasure other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnitOfMeasure other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The code.</summary>
    /// <returns>The code text.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two codes are equal.</summary>
    public static bool operator ==(UnitOfMeasure left, UnitOfMeasure right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    public static bool operator !=(UnitOfMeasure left, UnitOfMeasure right) => !left.Equals(right);
}
