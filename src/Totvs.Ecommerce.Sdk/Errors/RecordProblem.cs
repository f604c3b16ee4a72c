namespace Totvs.Ecommerce.Sdk;

/// <summary>What is wrong with one field of a record.</summary>
/// <param name="Field">The wire name of the field (e.g. <c>gtin</c>, <c>price</c>).</param>
/// <param name="Message">What is wrong and, where it helps, what to fix in the ERP.</param>
public sealed record RecordProblem(string Field, string Message) : ITotvsProblem
{
    /// <summary>
    /// Whether the value could not be read into the SDK's model at all (a JSON kind or shape the model does not take),
    /// rather than read and found to break the ERP's rules. Such a value may be legitimate: the SDK's model may be the cause.
    /// </summary>
    public bool DoesNotFitModel { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";

    /// <inheritdoc />
    string? ITotvsProblem.Code => null;

    /// <inheritdoc />
    string? ITotvsProblem.Target => Field;
}
