using System.Diagnostics.CodeAnalysis;

namespace Totvs.Ecommerce.Sdk.Domain.Catalog;

/// <summary>
/// A Datasul item code (`it-codigo`): at most 16 characters, not blank. An instance made by <see cref="Parse"/> or
/// <see cref="TryParse(string?, out ItemCode)"/> is always valid; surrounding spaces are removed.
/// Immutable and thread-safe; compared ordinally.
/// </summary>
public readonly struct ItemCode : IEquatable<ItemCode>
{
    /// <summary>The longest item code Datasul stores.</summary>
    public const int MaxLength = 16;

    private readonly string? value;

    private ItemCode(string value) => this.value = value;

    /// <summary>The code.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is <c>default</c>, holding no code (as when the field was absent).</summary>
    public bool IsEmpty => value is null;

    /// <summary>Reads a item code.</summary>
    /// <param name="text">The code, e.g. <c>FER-0001</c>.</param>
    /// <returns>The item code.</returns>
    /// <exception cref="FormatException">The text is blank, too long or has control characters; the message says which.</exception>
    public static ItemCode Parse(string text) => TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Reads a item code without throwing.</summary>
    /// <param name="text">The code.</param>
    /// <param name="code">The item code when valid.</param>
    /// <returns>Whether the text is a valid item code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ItemCode code) => TryParse(text, out code, out _);

    /// <summary>Reads a item code and says why it is not one.</summary>
    /// <param name="text">The code.</param>
    /// <param name="code">The item code when valid.</param>
    /// <param name="error">Why the text is not valid, when it is not.</param>
    /// <returns>Whether the text is a valid item code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ItemCode code, [NotNullWhen(false)] out string? error)
    {
        code = ErpCodeText.TryNormalize(text, MaxLength, "item code", out var normalized, out error) ? new ItemCode(normalized) : default;
        return error is null;
    }

    /// <inheritdoc />
    public bool Equals(ItemCode other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ItemCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The code.</summary>
    /// <returns>The code text.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two codes are equal.</summary>
    public static bool operator ==(ItemCode left, ItemCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    public static bool operator !=(ItemCode left, ItemCode right) => !left.Equals(right);
}
