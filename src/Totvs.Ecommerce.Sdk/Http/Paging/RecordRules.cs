namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>What the SDK checks on each record of one resource, and how it names the record in a report.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordRules<T>(Func<T, string?> keyOf, Action<T, RecordCheck> validate)
{
    public string? KeyOf(T record) => keyOf(record);

    public void Validate(T record, RecordCheck check) => validate(record, check);
}
