namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Collects the problems of one record. Required fields are checked only when they were asked for: a
/// record read with <c>fields=</c> legitimately lacks the others.
/// </summary>
internal sealed class RecordCheck(IReadOnlyList<string>? requestedFields)
{
    private List<RecordProblem>? problems;

    public IReadOnlyList<RecordProblem> Problems => problems ?? (IReadOnlyList<RecordProblem>)[];

    public bool HasProblems => problems is { Count: > 0 };

    public void Required(string field, bool present)
    {
        if (!present && IsRequested(field))
        {
            Add(new RecordProblem(field, $"{field} is required but missing."));
        }
    }

    public void Add(RecordProblem? problem)
    {
        if (problem is not null)
        {
            (problems ??= []).Add(problem);
        }
    }

    public bool IsRequested(string field) =>
        requestedFields is null || requestedFields.Count == 0 || requestedFields.Contains(field, StringComparer.OrdinalIgnoreCase);
}
