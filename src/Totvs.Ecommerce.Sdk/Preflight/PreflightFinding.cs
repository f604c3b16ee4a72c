namespace Totvs.Ecommerce.Sdk.Preflight;

/// <summary>One missing prerequisite for going live, with what fixes it.</summary>
/// <param name="Check">The check that found it (<c>connection</c>, <c>catalog</c>, <c>prices</c>, <c>stock</c>, <c>clock</c>, <c>configuration</c>, …).</param>
/// <param name="Subject">What it is about (an item, a trade policy, a setting), or <see langword="null"/>.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="DatasulProgram">The Datasul program that fixes it (CD0101, CD1508, PD0628, …), or <see langword="null"/>.</param>
public sealed record PreflightFinding(string Check, string? Subject, string Message, string? DatasulProgram) : ITotvsProblem
{
    /// <summary>As a problem: the check is its code.</summary>
    string? ITotvsProblem.Code => Check;

    /// <summary>As a problem: what it is about, or else the Datasul program that fixes it.</summary>
    string? ITotvsProblem.Target => Subject ?? DatasulProgram;

    /// <inheritdoc />
    public override string ToString() =>
        $"[{Check}]{(Subject is null ? string.Empty : $" {Subject}:")} {Message}{(DatasulProgram is null ? string.Empty : $" ({DatasulProgram})")}";
}
