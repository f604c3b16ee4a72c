namespace Totvs.Ecommerce.Sdk.Domain;

/// <summary>
/// The name of a field as problems report it, e.g. <c>CustomerOrderId</c> or <c>OrderItems[2].ItemCode</c>. The
/// indexed form is put together only when a problem is reported, so checking a valid record builds no strings.
/// </summary>
internal readonly record struct FieldName(string Name, string? Collection = null, int Index = 0)
{
    public static implicit operator FieldName(string name) => new(name);

    /// <summary>The field <paramref name="name"/> of the element <paramref name="index"/> of <paramref name="collection"/>.</summary>
    public static FieldName Of(string collection, int index, string name) => new(name, collection, index);

    public override string ToString() => Collection is null ? Name : $"{Collection}[{Index}].{Name}";
}
