
namespace Totvs.Ecommerce.Sdk.Domain.Catalog;

/// <summary>
/// How Datasul controls an item's stock: by item, or by reference (each variation, <c>cod-refer</c>, has
/// its own stock and SKU). An open set: a value unknown to this SDK version survives a round trip.
/// </summary>
public readonly struct StockControl : IEquatable<StockControl>
{
    private readonly string? value;

    /// <summary>Creates a value from its wire text.</summary>
    /// <param name="value">The wire text, e.g. <c>item</c>.</param>
    public StockControl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        this.value = value;
    }

    /// <summary>The item's stock is controlled as a whole (<c>item</c>).</summary>
    public static StockControl Item { get; } = new("item");

    /// <summary>The item's stock is controlled per reference (<c>reference</c>); its references must be linked (CD1506) before it is published.</summary>
    public static StockControl Reference { get; } = new("reference");

    /// <summary>The wire text.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(StockControl other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StockControl other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The wire text.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two values are equal (ignoring case).</summary>
    public static bool operator ==(StockControl left, StockControl right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    public static bool operator !=(StockControl left, StockControl right) => !left.Equals(right);
}
