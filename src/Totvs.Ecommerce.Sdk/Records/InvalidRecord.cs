namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// A record Datasul sent that breaks the wire contract or the ERP's rules (an invalid GTIN, a price of
/// zero, a negative balance, a missing required field, a value of the wrong type). The SDK hands it to
/// <see cref="EcommerceListOptions.OnInvalidRecord"/> so the caller chooses to skip it or stop.
/// </summary>
public sealed class InvalidRecord
{
    internal InvalidRecord(string resource, string? key, int pageNumber, int position, IReadOnlyList<RecordProblem> problems, string rawJson)
    {
        Resource = resource;
        Key = key;
        PageNumber = pageNumber;
        Position = position;
        Problems = problems;
        RawJson = rawJson;
    }

    /// <summary>The route of the collection the record came from.</summary>
    public string Resource { get; }

    /// <summary>The record's key (item code, SKU id, …) when it could be read.</summary>
    public string? Key { get; }

    /// <summary>The page the record was on.</summary>
    public int PageNumber { get; }

    /// <summary>The 1-based position of the record on its page.</summary>
    public int Position { get; }

    /// <summary>Every problem found, field by field.</summary>
    public IReadOnlyList<RecordProblem> Problems { get; }

    /// <summary>The record's JSON, to log or to keep for the ERP team: as received when it could not be read, written back from the record when it read but broke a rule.</summary>
    public string RawJson { get; }

    /// <summary>One line naming the record and its problems.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Resource} record {(Key is null ? string.Empty : $"'{Key}' ")}(page {PageNumber}, position {Position}): {string.Join("; ", Problems)}";
}
