namespace Totvs.Ecommerce.Sdk;

/// <summary>What is wrong with one field of a record.</summary>
/// <param name="Field">The wire name of the field (e.g. <c>gtin</c>, <c>price</c>).</param>
/// <param name="Message">What is wrong and, where it helps, what to fix in the ERP.</param>
public sealed record RecordProblem(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
