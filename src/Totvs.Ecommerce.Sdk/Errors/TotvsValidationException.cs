namespace Totvs.Ecommerce.Sdk;

/// <summary>
/// The SDK refused to send a request because a field breaks Datasul's rules (missing, too long, invalid
/// CPF/CNPJ, …). Nothing was sent. <see cref="Problems"/> names every field and what to fix.
/// </summary>
public sealed class TotvsValidationException : TotvsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="what">What was being sent, e.g. <c>order V-1001</c>.</param>
    /// <param name="problems">Every problem found.</param>
    public TotvsValidationException(string what, IReadOnlyList<RecordProblem> problems)
        : base($"The {what} was not sent: {string.Join(" ", problems ?? [])}")
    {
        ArgumentNullException.ThrowIfNull(problems);
        What = what;
        Problems = problems;
    }

    /// <summary>What was not sent, e.g. <c>order 'V-1001' of customer 'JOAO'</c>.</summary>
    public string What { get; } = string.Empty;

    /// <summary>Every field that is wrong and what to fix.</summary>
    public IReadOnlyList<RecordProblem> Problems { get; }
}
